package com.projectflo.execution.rest;

import com.projectflo.execution.application.TaskDependencies;
import com.projectflo.execution.model.Task;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task's dependencies: what it waits for and what waits for it. */
@Schema(name = "TaskDependencies")
public record TaskDependenciesResponse(
    int taskId, String status, List<Linked> blockedBy, List<Linked> blocks) {

  /** A task at the other end of a dependency. */
  @Schema(name = "LinkedTask")
  public record Linked(int id, String name, String status) {
    static Linked of(Task task) {
      return new Linked(task.getId(), task.getTaskTemplate().getName(), task.getStatus().label());
    }
  }

  static TaskDependenciesResponse of(TaskDependencies dependencies) {
    return new TaskDependenciesResponse(
        dependencies.task().getId(),
        dependencies.task().getStatus().label(),
        dependencies.blockedBy().stream().map(Linked::of).toList(),
        dependencies.blocks().stream().map(Linked::of).toList());
  }
}
