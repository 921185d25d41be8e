package com.projectflo.execution.rest;

import com.projectflo.execution.model.TaskComment;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment on a task. */
@Schema(name = "TaskComment")
public record TaskCommentResponse(
    int id,
    int taskId,
    @Schema(description = "The author; absent when unknown") TaskResponse.Assignee author,
    String text,
    @Schema(enumeration = {"Internal", "Client-Visible"}) String visibility,
    OffsetDateTime createdAt) {

  static TaskCommentResponse of(TaskComment comment) {
    return new TaskCommentResponse(
        comment.getId(),
        comment.getTask().getId(),
        TaskResponse.Assignee.of(comment.getContributor()),
        comment.getCommentText(),
        comment.getVisibility() == null ? null : comment.getVisibility().label(),
        comment.getCreatedAt());
  }
}
