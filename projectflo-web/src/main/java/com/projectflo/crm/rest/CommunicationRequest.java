package com.projectflo.crm.rest;

import com.projectflo.crm.application.NewCommunication;
import com.projectflo.platform.rest.InputErrors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/communications. */
@Schema(name = "CommunicationRequest")
public record CommunicationRequest(
    @Schema(required = true, description = "The contact it was with") Integer contactId,
    @Schema(description = "The project it was about") Integer projectId,
    @Schema(description = "The inquiry it was about") Integer inquiryId,
    @Schema(
            required = true,
            maxLength = 255,
            example = "Email",
            description = "Email, Call, Meeting, SMS, Note…")
        String type,
    String notes,
    @Schema(
            format = "date-time",
            description = "When it happened; defaults to now, at most 5 minutes in the future")
        String communicationDate) {

  NewCommunication toDraft(InputErrors errors) {
    return new NewCommunication(
        contactId,
        projectId,
        inquiryId,
        type,
        notes,
        errors.dateTime("communicationDate", communicationDate));
  }
}
