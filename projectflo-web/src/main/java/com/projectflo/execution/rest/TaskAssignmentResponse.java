package com.projectflo.execution.rest;

import com.projectflo.execution.application.TaskAssignment;
import com.projectflo.execution.model.CalendarEvent;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The assigned task and warnings: the assignee's calendar events on the due date. */
@Schema(name = "TaskAssignment")
public record TaskAssignmentResponse(
    TaskResponse task,
    @Schema(description = "Whether the assignee was put on the project by this assignment")
        boolean placedOnProject,
    List<Warning> warnings) {

  /** A calendar event of the assignee that overlaps the task's due date. */
  @Schema(name = "TaskAssignmentWarning")
  public record Warning(
      String code,
      String message,
      int calendarEventId,
      String eventType,
      String title,
      OffsetDateTime startTime,
      OffsetDateTime endTime) {

    static Warning of(CalendarEvent event) {
      return new Warning(
          "calendar-conflict",
          "The assignee has \"" + event.getTitle() + "\" on the due date",
          event.getId(),
          event.getEventType().label(),
          event.getTitle(),
          event.getStartTime(),
          event.getEndTime());
    }
  }

  static TaskAssignmentResponse of(TaskAssignment assignment) {
    return new TaskAssignmentResponse(
        TaskResponse.of(assignment.task()),
        assignment.placedOnProject(),
        assignment.conflicts().stream().map(Warning::of).toList());
  }
}
