package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.crm.model.ActivityType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The editable fields of an activity (create and full replace). At least one of contact, inquiry
 * and project is required; {@code assignedContributorId} null means the caller on creation and
 * "unchanged" on a replace. Text is trimmed and blank text becomes null.
 */
public record ActivityDetails(
    @NotNull ActivityType type,
    Integer contactId,
    Integer inquiryId,
    Integer projectId,
    Integer assignedContributorId,
    @NotBlank @Size(max = 255) String title,
    @Size(max = 10_000) String notes,
    LocalDate dueDate) {

  public ActivityDetails {
    title = trimToNull(title);
    notes = trimToNull(notes);
  }
}
