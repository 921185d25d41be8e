package com.projectflo.execution.application;

import com.projectflo.execution.model.Task;
import com.projectflo.execution.persistence.TaskRepository;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Finds tasks for the task services and checks that the caller may see them: a task the caller may
 * not see answers 404, and a portal user sees client-visible tasks of its own projects only.
 */
@ApplicationScoped
public class TaskAccess {

  static final String RESOURCE = "Task";

  @Inject private TaskRepository tasks;

  @Inject private ProjectAccess projectAccess;

  public Task find(int id) {
    return tasks.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  /** A task the caller may read (tasks.read on its project; client-visible for portal users). */
  public Task readable(int id) {
    Task task = find(id);
    Caller caller = projectAccess.require(task.getProject().getId(), Permissions.TASKS_READ);
    if (caller.isClientUser() && !task.isClientVisible()) {
      throw new NoSuchResourceException(RESOURCE, id);
    }
    return task;
  }

  /**
   * A task the caller may change (tasks.write on its project), still at {@code expectedVersion}
   * when one is given (If-Match).
   */
  public Task writable(int id, Long expectedVersion) {
    Task task = find(id);
    projectAccess.require(task.getProject().getId(), Permissions.TASKS_WRITE);
    if (expectedVersion != null && expectedVersion != task.getVersion()) {
      throw new StaleVersionException(RESOURCE, id, expectedVersion, task.getVersion());
    }
    return task;
  }
}
