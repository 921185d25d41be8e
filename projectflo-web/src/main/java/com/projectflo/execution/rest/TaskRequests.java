package com.projectflo.execution.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the task endpoints. */
final class TaskRequests {

  private TaskRequests() {}

  /** Body of POST /api/tasks/{id}/status. */
  @Schema(name = "TaskStatusRequest")
  public record StatusRequest(
      @Schema(
              required = true,
              enumeration = {"To-Do", "Ready to Start", "In Progress", "Completed", "Archived"})
          String status) {}

  /** Body of PUT /api/tasks/{id}/assignee. */
  @Schema(name = "TaskAssigneeRequest")
  public record AssigneeRequest(@Schema(required = true) Integer contributorId) {}

  /** Body of PUT /api/tasks/{id}/actual-hours: the hours spent so far. */
  @Schema(name = "TaskActualHoursRequest")
  public record ActualHoursRequest(
      @Schema(required = true, description = "≥ 0, at most two decimals") BigDecimal actualHours) {}

  /** Body of PUT /api/tasks/{id}/due-date. */
  @Schema(name = "TaskDueDateRequest")
  public record DueDateRequest(
      @Schema(required = true, format = "date", example = "2027-08-01") String dueDate) {}

  /** Body of PUT /api/tasks/{id}/client-visibility. */
  @Schema(name = "TaskClientVisibilityRequest")
  public record ClientVisibilityRequest(@Schema(required = true) Boolean clientVisible) {}

  /** Body of POST /api/tasks/{id}/dependencies: the task to wait for. */
  @Schema(name = "TaskDependencyRequest")
  public record DependencyRequest(@Schema(required = true) Integer blockingTaskId) {}

  /** Body of POST /api/tasks/{id}/comments. */
  @Schema(name = "TaskCommentRequest")
  public record CommentRequest(
      @Schema(required = true, maxLength = 10000) String text,
      @Schema(
              enumeration = {"Internal", "Client-Visible"},
              description = "Internal when absent")
          String visibility) {}
}
