package com.projectflo.execution.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.execution.model.CalendarEventType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;

/**
 * A page of calendar events in (start time, id) order. Every filter is optional; {@code from} and
 * {@code to} keep the events overlapping [from, to).
 */
public record CalendarEventListQuery(
    Integer contributorId,
    Integer projectId,
    CalendarEventType type,
    OffsetDateTime from,
    OffsetDateTime to,
    @Min(1) @Max(200) int limit,
    String cursor) {

  public static final int DEFAULT_LIMIT = 50;

  public CalendarEventListQuery {
    cursor = trimToNull(cursor);
  }
}
