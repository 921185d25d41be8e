package com.projectflo.execution.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.execution.model.CalendarEventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * The editable fields of a calendar event (create and full replace). {@code contributorId} null
 * means the caller. Text is trimmed; the time rules (end after start, whole days when all-day) are
 * checked by {@link CalendarService}.
 */
public record CalendarEventDetails(
    Integer contributorId,
    Integer projectId,
    @NotNull CalendarEventType type,
    @NotBlank @Size(max = 255) String title,
    @Size(max = 10_000) String description,
    @NotNull OffsetDateTime startTime,
    @NotNull OffsetDateTime endTime,
    boolean allDay) {

  public CalendarEventDetails {
    title = trimToNull(title);
    description = trimToNull(description);
  }
}
