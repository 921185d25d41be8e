package com.projectflo.execution.application;

import com.projectflo.execution.model.TaskStatus;
import com.projectflo.platform.application.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/** Filters of a task list (all optional) and the page: size and cursor of the previous page. */
public record TaskListQuery(
    TaskStatus status,
    Integer assigneeId,
    LocalDate dueFrom,
    LocalDate dueTo,
    @Min(1) @Max(200) int limit,
    String cursor) {

  public static final int DEFAULT_LIMIT = 50;

  public TaskListQuery {
    cursor = Text.trimToNull(cursor);
  }
}
