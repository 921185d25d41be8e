package com.projectflo.execution.rest;

import com.projectflo.execution.model.Task;
import com.projectflo.execution.model.TaskStatus;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's tasks grouped by status, in workflow order, every status listed. */
@Schema(name = "TaskBoard")
public record TaskBoardResponse(int projectId, List<Column> columns) {

  /** The tasks of one status. */
  @Schema(name = "TaskBoardColumn")
  public record Column(String status, int count, List<TaskResponse> tasks) {}

  static TaskBoardResponse of(int projectId, Map<TaskStatus, List<Task>> board) {
    return new TaskBoardResponse(
        projectId,
        board.entrySet().stream()
            .map(
                e ->
                    new Column(
                        e.getKey().label(),
                        e.getValue().size(),
                        e.getValue().stream().map(TaskResponse::of).toList()))
            .toList());
  }
}
