package com.projectflo.execution.application;

import com.projectflo.audit.application.NotificationService;
import com.projectflo.execution.model.Task;
import com.projectflo.execution.model.TaskStatus;
import com.projectflo.execution.persistence.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Makes waiting tasks Ready to Start once nothing blocks them, and tells their assignees. */
@ApplicationScoped
public class TaskReadiness {

  @Inject private TaskRepository tasks;

  @Inject private NotificationService notifications;

  /** Promotes the To-Do dependents of a task just done whose blockers are all done; their ids. */
  public List<Integer> promoteDependentsOf(Task task) {
    tasks.flush();
    List<Integer> promoted = new ArrayList<>();
    for (Task dependent : tasks.readyDependentsOf(task.getId())) {
      promote(dependent);
      promoted.add(dependent.getId());
    }
    return promoted;
  }

  /** Ready to Start, and the assignee (if any) hears of it. */
  public void promote(Task task) {
    task.setStatus(TaskStatus.READY_TO_START);
    if (task.getAssignedContributor() != null) {
      notifications.notify(
          task.getAssignedContributor(),
          "Task " + task.getTaskTemplate().getName() + " (#" + task.getId() + ") is ready to start",
          "/api/tasks/" + task.getId());
    }
  }
}
