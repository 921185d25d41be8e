package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.crm.model.ActivityStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * A page request for the activity list in (due date, nulls last; id) order. Every filter is
 * optional; the due date range is inclusive.
 */
public record ActivityListQuery(
    Integer assigneeId,
    ActivityStatus status,
    Integer contactId,
    Integer inquiryId,
    Integer projectId,
    LocalDate dueFrom,
    LocalDate dueTo,
    @Min(1) @Max(200) int limit,
    String cursor) {

  public static final int DEFAULT_LIMIT = 50;

  public ActivityListQuery {
    cursor = trimToNull(cursor);
  }
}
