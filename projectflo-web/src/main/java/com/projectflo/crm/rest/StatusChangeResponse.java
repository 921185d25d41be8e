package com.projectflo.crm.rest;

import com.projectflo.crm.model.InquiryStatusChange;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of an inquiry's status history. */
@Schema(name = "InquiryStatusChange")
public record StatusChangeResponse(
    @Schema(description = "Absent on the first step (the creation)") String fromStatus,
    String toStatus,
    String reason,
    @Schema(description = "The contributor who made the change, when one did")
        PartySummary changedBy,
    OffsetDateTime changedAt) {

  static StatusChangeResponse of(InquiryStatusChange change) {
    return new StatusChangeResponse(
        change.getFromStatus() == null ? null : change.getFromStatus().label(),
        change.getToStatus().label(),
        change.getReason(),
        PartySummary.of(change.getChangedBy()),
        change.getChangedAt());
  }
}
