package com.projectflo.execution.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.execution.model.Task;
import com.projectflo.execution.model.TaskDependency;
import com.projectflo.execution.model.TaskStatus;
import com.projectflo.execution.persistence.TaskRepository;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * What a task waits for (docs/scheduling.md, "Dependencies"). Changes of one project's
 * dependencies, task generation's included, run one at a time ({@link
 * TaskRepository#lockDependencies}): two requests cannot both pass the cycle check and close a
 * cycle together.
 */
@Stateless
public class TaskDependencyService {

  static final String ENTITY = TaskService.ENTITY;

  @Inject private TaskAccess taskAccess;

  @Inject private TaskRepository tasks;

  @Inject private TaskReadiness readiness;

  @Inject private ProjectAccess projectAccess;

  @Inject private AuditTrail audit;

  @RequiresPermission
  public TaskDependencies getDependencies(int id) {
    Task task = taskAccess.find(id);
    projectAccess.require(task.getProject().getId(), Permissions.TASKS_READ);
    return dependencies(task);
  }

  /**
   * Makes the task wait for another task of the same project. Refused (400) for the task itself,
   * another project's task or a cycle; (409) once the task has started.
   */
  @RequiresPermission
  public TaskDependencies addDependency(int id, @NotNull Integer blockingTaskId) {
    Task task = taskAccess.writable(id, null);
    if (blockingTaskId == id) {
      throw new InvalidInputException("blockingTaskId", "must not be the task itself");
    }
    tasks.lockDependencies(task.getProject().getId());
    Task blocking =
        tasks
            .findById(blockingTaskId)
            .filter(b -> b.getProject().getId().equals(task.getProject().getId()))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "blockingTaskId", "must be a task of the same project"));
    if (tasks.findDependency(blockingTaskId, id).isPresent()) {
      throw new ConflictException(
          "blockingTaskId", "Task " + id + " already waits for task " + blockingTaskId);
    }
    if (tasks.reaches(id, blockingTaskId)) {
      throw new InvalidInputException(
          "blockingTaskId",
          "would make a cycle: task "
              + blockingTaskId
              + " already waits, directly or not, for task "
              + id);
    }
    if (!task.isNotStarted()) {
      throw new ConflictException(
          "status",
          "Task " + id + " is " + task.getStatus().label() + ": only tasks not started can wait");
    }
    TaskState before = TaskState.of(task);
    TaskDependency dependency = new TaskDependency();
    dependency.setBlockingTask(blocking);
    dependency.setDependentTask(task);
    tasks.add(dependency);
    if (task.getStatus() == TaskStatus.READY_TO_START
        && !TaskRepository.DONE.contains(blocking.getStatus())) {
      task.setStatus(TaskStatus.TO_DO);
    }
    tasks.flush();
    audit.record(
        "task_dependency.create", ENTITY, id, before, new DependencyState(blockingTaskId, task));
    return dependencies(task);
  }

  /** Stops the task waiting for another; a To-Do task with no open blocker left becomes ready. */
  @RequiresPermission
  public TaskDependencies removeDependency(int id, int blockingTaskId) {
    Task task = taskAccess.writable(id, null);
    tasks.lockDependencies(task.getProject().getId());
    TaskDependency dependency =
        tasks
            .findDependency(blockingTaskId, id)
            .orElseThrow(
                () ->
                    new NoSuchResourceException(
                        "Dependency of task " + id + " on task", blockingTaskId));
    TaskState before = TaskState.of(task);
    tasks.remove(dependency);
    tasks.flush();
    if (task.getStatus() == TaskStatus.TO_DO && tasks.countOpenBlockers(id) == 0) {
      readiness.promote(task);
      tasks.flush();
    }
    audit.record("task_dependency.delete", ENTITY, id, before, new DependencyState(null, task));
    return dependencies(task);
  }

  private TaskDependencies dependencies(Task task) {
    List<Task> blockedBy = new ArrayList<>();
    List<Task> blocks = new ArrayList<>();
    for (TaskDependency dependency : tasks.dependenciesOf(task.getId())) {
      if (dependency.getDependentTask().getId().equals(task.getId())) {
        blockedBy.add(dependency.getBlockingTask());
      } else {
        blocks.add(dependency.getDependentTask());
      }
    }
    return new TaskDependencies(task, blockedBy, blocks);
  }

  /** The audited state of a dependency change: the blocker added (null on removal). */
  record DependencyState(Integer blockingTaskId, TaskStatus status) {
    DependencyState(Integer blockingTaskId, Task task) {
      this(blockingTaskId, task.getStatus());
    }
  }
}
