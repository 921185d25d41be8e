package com.projectflo.execution.application;

import com.projectflo.execution.model.Task;
import com.projectflo.execution.model.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The audited state of a task; {@code promoted} lists dependents a change made ready. */
record TaskState(
    TaskStatus status,
    Integer assigneeId,
    BigDecimal rateAtTimeOfAssignment,
    BigDecimal plannedHours,
    BigDecimal actualHours,
    LocalDate dueDate,
    boolean clientVisible,
    List<Integer> promoted) {

  static TaskState of(Task task) {
    return of(task, List.of());
  }

  static TaskState of(Task task, List<Integer> promoted) {
    return new TaskState(
        task.getStatus(),
        task.getAssignedContributor() == null ? null : task.getAssignedContributor().getId(),
        task.getRateAtTimeOfAssignment(),
        task.getPlannedDurationHours(),
        task.getActualDurationHours(),
        task.getDueDate(),
        task.isClientVisible(),
        promoted);
  }
}
