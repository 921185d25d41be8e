package com.projectflo.crm.rest;

import com.projectflo.crm.model.CommunicationLogEntry;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the communications log. */
@Schema(name = "Communication")
public record CommunicationResponse(
    int id,
    int contactId,
    Integer projectId,
    Integer inquiryId,
    String type,
    String notes,
    OffsetDateTime communicationDate,
    @Schema(description = "Who logged it (id is the contributor's)") PartySummary loggedBy) {

  static CommunicationResponse of(CommunicationLogEntry entry) {
    return new CommunicationResponse(
        entry.getId(),
        entry.getContactId(),
        entry.getProjectId(),
        entry.getInquiryId(),
        entry.getType(),
        entry.getNotes(),
        entry.getCommunicationDate(),
        PartySummary.of(entry.getLoggedBy()));
  }
}
