package com.projectflo.crm.rest;

import com.projectflo.crm.application.ActivityDetails;
import com.projectflo.crm.model.ActivityType;
import com.projectflo.platform.rest.InputErrors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of POST and PUT /api/activities: what to do, about whom (at least one of contactId,
 * inquiryId, projectId), for whom and by when.
 */
@Schema(name = "ActivityRequest")
public record ActivityRequest(
    @Schema(
            required = true,
            enumeration = {"Call", "Email", "Meeting", "To-Do"})
        String type,
    @Schema(description = "The contact it is about") Integer contactId,
    @Schema(description = "The inquiry it is about") Integer inquiryId,
    @Schema(description = "The project it is about") Integer projectId,
    @Schema(
            description =
                "Who does it (a contributor id); defaults to the caller on creation, unchanged on"
                    + " a replace")
        Integer assignedContributorId,
    @Schema(required = true, maxLength = 255) String title,
    String notes,
    @Schema(format = "date", example = "2027-06-12") String dueDate) {

  ActivityDetails toDetails(InputErrors errors) {
    return new ActivityDetails(
        errors.label("type", type, ActivityType.class),
        contactId,
        inquiryId,
        projectId,
        assignedContributorId,
        title,
        notes,
        errors.date("dueDate", dueDate));
  }
}
