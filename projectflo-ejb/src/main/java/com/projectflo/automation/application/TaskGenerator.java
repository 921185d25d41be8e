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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns what was sold into tasks (docs/scheduling.md): for every included component of a project's
 * build, one task per template its recipes select ({@link RecipeMatcher}, as pricing does),
 * planned, back-scheduled by {@link TaskSchedule} and chained phase after phase. Runs inside the
 * booking or change-order transaction that fired the event (a failure rolls it back) and writes no
 * audit row: the booking, approval or regeneration that caused it writes the one row of the
 * request. Idempotent: a component keeps one task per template (unique index of V11).
 */
@ApplicationScoped
public class TaskGenerator {

  @Inject private RecipeRepository recipes;

  @Inject private TaskRepository tasks;

  @Inject private ProjectRepository projects;

  @Inject
  @ConfigProperty(name = "projectflo.tasks.delivery-days", defaultValue = "60")
  private int deliveryDays;

  @Inject
  @ConfigProperty(name = "projectflo.tasks.edit-start-days", defaultValue = "14")
  private int editStartDays;

  @Inject
  @ConfigProperty(name = "projectflo.tasks.hours-per-day", defaultValue = "8")
  private BigDecimal hoursPerDay;

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
    List<ComponentTaskRecipe> active =
        recipes.findAllWithTemplates().stream()
            .filter(recipe -> recipe.getTaskTemplate().isActive())
            .toList();
    List<BuildComponent> components = tasks.componentsOfProject(projectId);
    List<Task> all =
        new ArrayList<>(tasks.findByComponents(components.stream().map(c -> c.getId()).toList()));
    Map<Integer, List<Task>> byComponent =
        all.stream().collect(Collectors.groupingBy(t -> t.getBuildComponent().getId()));
    TaskSchedule.Calendar calendar = calendar(project);

    List<Task> created = new ArrayList<>();
    List<Integer> archived = new ArrayList<>();
    for (Task orphan : tasks.findOpenWithoutComponent(projectId)) {
      orphan.setStatus(TaskStatus.ARCHIVED);
      orphan.setAutoArchived(true);
      archived.add(orphan.getId());
    }
    List<Integer> reopened = new ArrayList<>();
    List<Task[]> wanted = new ArrayList<>();
    for (BuildComponent component : components) {
      List<Task> own = byComponent.getOrDefault(component.getId(), List.of());
      if (!component.isIncluded()) {
        for (Task task : own) {
          if (TaskRepository.OPEN.contains(task.getStatus())) {
            task.setStatus(TaskStatus.ARCHIVED);
            task.setAutoArchived(true);
            archived.add(task.getId());
          }
        }
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
      List<ComponentTaskRecipe> selected =
          RecipeMatcher.select(
              active,
              component.getBuildDeliverable().getDeliverable().getId(),
              component.getCoverageScene().getId(),
              component.getEditingStyle().getId());
      List<TaskSchedule.Item> items =
          selected.stream()
              .map(
                  recipe ->
                      new TaskSchedule.Item(
                          recipe.getTaskTemplateId(),
                          recipe.getTaskTemplate().getPhase(),
                          recipe.getTaskTemplate().effortFor(component.getTargetMinutes())))
              .toList();
      List<TaskSchedule.Slot> slots = TaskSchedule.schedule(items, calendar);
      List<List<Task>> phases = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        TaskSchedule.Slot slot = slots.get(i);
        Task task = byTemplate.get(slot.templateId());
        if (task == null) {
          task = new Task();
          task.setProject(project);
          task.setBuildComponent(component);
          task.setTaskTemplate(selected.get(i).getTaskTemplate());
          task.setPlannedDurationHours(items.get(i).plannedHours());
          task.setDueDate(slot.dueDate());
          task.setStatus(TaskStatus.TO_DO);
          tasks.add(task);
          created.add(task);
          all.add(task);
          byTemplate.put(slot.templateId(), task);
        }
        while (phases.size() <= slot.phaseIndex()) {
          phases.add(new ArrayList<>());
        }
        phases.get(slot.phaseIndex()).add(task);
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
    int added = addMissing(wanted, all);
    settleReadiness(all);
    return new TaskGeneration(
        created.stream().map(Task::getId).toList(), archived, reopened, added);
  }

  private int addMissing(List<Task[]> wanted, List<Task> all) {
    Set<List<Integer>> present = new HashSet<>();
    for (TaskDependency dependency :
        tasks.dependenciesAmong(all.stream().map(Task::getId).toList())) {
      present.add(
          List.of(dependency.getBlockingTask().getId(), dependency.getDependentTask().getId()));
    }
    int added = 0;
    for (Task[] pair : wanted) {
      if (present.add(List.of(pair[0].getId(), pair[1].getId()))) {
        TaskDependency dependency = new TaskDependency();
        dependency.setBlockingTask(pair[0]);
        dependency.setDependentTask(pair[1]);
        tasks.add(dependency);
        added++;
      }
    }
    tasks.flush();
    return added;
  }

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

  private TaskSchedule.Calendar calendar(Project project) {
    return new TaskSchedule.Calendar(
        project.getWeddingDate().plusDays(deliveryDays),
        project.getEditStartDate() != null
            ? project.getEditStartDate()
            : project.getWeddingDate().plusDays(editStartDays),
        hoursPerDay);
  }
}
