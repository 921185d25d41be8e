package com.projectflo.crm.rest;

import com.projectflo.crm.model.Activity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An activity as the API shows it; {@code version} is also the ETag. */
@Schema(name = "Activity")
public record ActivityResponse(
    int id,
    @Schema(enumeration = {"Call", "Email", "Meeting", "To-Do"}) String type,
    @Schema(enumeration = {"Pending", "Completed"}) String status,
    String title,
    String notes,
    LocalDate dueDate,
    Integer contactId,
    Integer inquiryId,
    Integer projectId,
    @Schema(description = "Who does it (id is the contributor's)") PartySummary assignee,
    OffsetDateTime createdAt,
    OffsetDateTime completedAt,
    long version) {

  static ActivityResponse of(Activity activity) {
    return new ActivityResponse(
        activity.getId(),
        activity.getActivityType().label(),
        activity.getStatus().label(),
        activity.getTitle(),
        activity.getNotes(),
        activity.getDueDate(),
        activity.getContactId(),
        activity.getInquiryId(),
        activity.getProjectId(),
        PartySummary.of(activity.getAssignedContributor()),
        activity.getCreatedAt(),
        activity.getCompletedAt(),
        activity.getVersion());
  }
}
