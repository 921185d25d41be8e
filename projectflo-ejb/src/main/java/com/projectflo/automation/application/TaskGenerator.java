package com.projectflo.automation.application;

import com.projectflo.automation.model.ComponentTaskRecipe;
import com.projectflo.automation.persistence.RecipeRepository;
import com.projectflo.execution.model.Project;
import com.projectflo.execution.model.Task;
import com.projectflo.execution.model.TaskDependency;
import com.projectflo.execution.model.TaskStatus;
import com.projectflo.execution.persistence.ProjectRepository;
import com.projectflo.execution.persistence.TaskRepository;
import com.projectflo.ledger.application.BuildBooked;
import com.projectflo.ledger.application.ChangeOrderApproved;
import com.projectflo.ledger.model.BuildComponent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what was sold into tasks (docs/scheduling.md): for every included component of a project's
 * build, one task per template its recipes select ({@link ComponentPlan}, as pricing does),
 * planned, back-scheduled and chained phase after phase. Runs inside the booking or change-order
 * transaction that fired the event (a failure rolls it back) and writes no audit row: the booking,
 * approval or regeneration that caused it writes the one row of the request. Idempotent: a
 * component keeps one task per template (unique index of V11). Callers hold the build's row lock;
 * dependency changes of the project are serialized with {@link TaskRepository#lockDependencies}.
 */
@ApplicationScoped
public class TaskGenerator {

  @Inject private RecipeRepository recipes;

  @Inject private TaskRepository tasks;

  @Inject private ProjectRepository projects;

  @Inject private TaskSettings settings;

  void onBooked(@Observes BuildBooked booked) {
    synchronize(booked.projectId());
  }

  void onChangeOrderApproved(@Observes ChangeOrderApproved approved) {
    synchronize(approved.projectId());
  }

  /** Brings the project's tasks in line with its build's components; see the class comment. */
  public TaskGeneration synchronize(int projectId) {
    Project project =
        projects
            .findById(projectId)
            .orElseThrow(() -> new IllegalStateException("No project " + projectId));
    tasks.lockDependencies(projectId);
    List<ComponentTaskRecipe> active = ComponentPlan.activeOnly(recipes.findAllWithTemplates());
    List<BuildComponent> components = tasks.componentsOfProject(projectId);
    List<Task> all =
        new ArrayList<>(tasks.findByComponents(components.stream().map(c -> c.getId()).toList()));
    Map<Integer, List<Task>> byComponent =
        all.stream().collect(Collectors.groupingBy(t -> t.getBuildComponent().getId()));
    TaskSchedule.Calendar calendar = settings.calendarOf(project);

    List<Task> created = new ArrayList<>();
    List<Integer> archived = new ArrayList<>();
    for (Task orphan : tasks.findOpenWithoutComponent(projectId)) {
      archive(orphan, archived);
    }
    List<Integer> reopened = new ArrayList<>();
    List<Task[]> wanted = new ArrayList<>();
    for (BuildComponent component : components) {
      List<Task> own = byComponent.getOrDefault(component.getId(), List.of());
      if (!component.isIncluded()) {
        own.stream()
            .filter(task -> TaskRepository.OPEN.contains(task.getStatus()))
            .forEach(task -> archive(task, archived));
        continue;
      }
      for (Task task : own) {
        if (task.isAutoArchived() && task.getStatus() == TaskStatus.ARCHIVED) {
          task.setStatus(TaskStatus.TO_DO);
          task.setAutoArchived(false);
          reopened.add(task.getId());
        }
      }
      Map<Integer, Task> byTemplate = new HashMap<>();
      own.forEach(task -> byTemplate.put(task.getTaskTemplate().getId(), task));
      List<List<Task>> phases = new ArrayList<>();
      for (ComponentPlan.Planned planned : ComponentPlan.of(component, active, calendar)) {
        Task task = byTemplate.get(planned.templateId());
        if (task == null) {
          task = newTask(project, component, planned);
          created.add(task);
          all.add(task);
          byTemplate.put(planned.templateId(), task);
        }
        while (phases.size() <= planned.phaseIndex()) {
          phases.add(new ArrayList<>());
        }
        phases.get(planned.phaseIndex()).add(task);
      }
      for (int p = 1; p < phases.size(); p++) {
        for (Task blocking : phases.get(p - 1)) {
          for (Task dependent : phases.get(p)) {
            wanted.add(new Task[] {blocking, dependent});
          }
        }
      }
    }
    tasks.flush();
    DependenciesAdded dependencies = addMissing(wanted, all);
    settleReadiness(all);
    return new TaskGeneration(
        created.stream().map(Task::getId).toList(),
        archived,
        reopened,
        dependencies.added(),
        dependencies.skipped());
  }

  private Task newTask(Project project, BuildComponent component, ComponentPlan.Planned planned) {
    Task task = new Task();
    task.setProject(project);
    task.setBuildComponent(component);
    task.setTaskTemplate(planned.template());
    task.setPlannedDurationHours(planned.plannedHours());
    task.setDueDate(planned.dueDate());
    task.setStatus(TaskStatus.TO_DO);
    tasks.add(task);
    return task;
  }

  private static void archive(Task task, List<Integer> archived) {
    task.setStatus(TaskStatus.ARCHIVED);
    task.setAutoArchived(true);
    archived.add(task.getId());
  }

  /**
   * Adds the wanted dependencies that are missing, except those the manual rule would refuse: in
   * front of a task already started (or archived), or closing a cycle with what exists.
   */
  private DependenciesAdded addMissing(List<Task[]> wanted, List<Task> all) {
    DependencyGraph graph = new DependencyGraph();
    for (TaskDependency dependency :
        tasks.dependenciesAmong(all.stream().map(Task::getId).toList())) {
      graph.add(dependency.getBlockingTask().getId(), dependency.getDependentTask().getId());
    }
    int added = 0;
    int skipped = 0;
    for (Task[] pair : wanted) {
      int blocking = pair[0].getId();
      int dependent = pair[1].getId();
      if (graph.has(blocking, dependent)) {
        continue;
      }
      if (!pair[1].isNotStarted() || graph.wouldCloseCycle(blocking, dependent)) {
        skipped++;
        continue;
      }
      graph.add(blocking, dependent);
      TaskDependency dependency = new TaskDependency();
      dependency.setBlockingTask(pair[0]);
      dependency.setDependentTask(pair[1]);
      tasks.add(dependency);
      added++;
    }
    tasks.flush();
    return new DependenciesAdded(added, skipped);
  }

  private record DependenciesAdded(int added, int skipped) {}

  /**
   * Not-started tasks are Ready to Start exactly when none of their blockers is open, To-Do
   * otherwise (computed in memory from the project's dependencies).
   */
  private void settleReadiness(List<Task> all) {
    Map<Integer, Task> byId = new HashMap<>();
    all.forEach(task -> byId.put(task.getId(), task));
    Set<Integer> blocked = new HashSet<>();
    for (TaskDependency dependency : tasks.dependenciesAmong(byId.keySet())) {
      Task blocking = byId.get(dependency.getBlockingTask().getId());
      TaskStatus status =
          blocking == null ? dependency.getBlockingTask().getStatus() : blocking.getStatus();
      if (!TaskRepository.DONE.contains(status)) {
        blocked.add(dependency.getDependentTask().getId());
      }
    }
    for (Task task : all) {
      if (task.isNotStarted()) {
        task.setStatus(
            blocked.contains(task.getId()) ? TaskStatus.TO_DO : TaskStatus.READY_TO_START);
      }
    }
  }
}
