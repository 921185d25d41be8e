package com.projectflo.execution.application;

import com.projectflo.execution.model.TaskStatus;
import com.projectflo.platform.application.ConflictException;
import java.util.List;

/**
 * A status change the task workflow refuses (HTTP 409), naming the current and the requested
 * status; {@link #allowed} lists where the task may go instead.
 */
public class IllegalTaskTransitionException extends ConflictException {

  private static final long serialVersionUID = 1L;

  private final List<String> allowed;

  public IllegalTaskTransitionException(int taskId, TaskStatus from, TaskStatus to, String why) {
    super(
        "status",
        "Task "
            + taskId
            + " cannot move from "
            + from.label()
            + " to "
            + to.label()
            + (why == null ? "" : " (" + why + ")")
            + "; "
            + (TaskWorkflow.allowedFrom(from).isEmpty()
                ? from.label() + " is final"
                : "from "
                    + from.label()
                    + " it can move to "
                    + String.join(
                        ", ",
                        TaskWorkflow.allowedFrom(from).stream().map(TaskStatus::label).toList())));
    this.allowed = TaskWorkflow.allowedFrom(from).stream().map(TaskStatus::label).toList();
  }

  @Override
  public List<String> allowed() {
    return allowed;
  }
}
