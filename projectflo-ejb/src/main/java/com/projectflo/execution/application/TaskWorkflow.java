package com.projectflo.execution.application;

import com.projectflo.execution.model.TaskStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The task state machine: To-Do → Ready to Start (when no blocker is open) → In Progress →
 * Completed → Archived; a task not started yet may also be archived. Pure.
 */
public final class TaskWorkflow {

  private static final Map<TaskStatus, List<TaskStatus>> NEXT = new EnumMap<>(TaskStatus.class);

  static {
    NEXT.put(TaskStatus.TO_DO, List.of(TaskStatus.READY_TO_START, TaskStatus.ARCHIVED));
    NEXT.put(TaskStatus.READY_TO_START, List.of(TaskStatus.IN_PROGRESS, TaskStatus.ARCHIVED));
    NEXT.put(TaskStatus.IN_PROGRESS, List.of(TaskStatus.COMPLETED));
    NEXT.put(TaskStatus.COMPLETED, List.of(TaskStatus.ARCHIVED));
    NEXT.put(TaskStatus.ARCHIVED, List.of());
  }

  private TaskWorkflow() {}

  /** The statuses a task may move to from {@code from}, in workflow order. */
  public static List<TaskStatus> allowedFrom(TaskStatus from) {
    return NEXT.get(from);
  }

  public static boolean allows(TaskStatus from, TaskStatus to) {
    return NEXT.get(from).contains(to);
  }
}
