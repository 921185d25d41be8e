package com.projectflo.automation.application;

import com.projectflo.automation.model.ComponentTaskRecipe;
import com.projectflo.automation.persistence.RecipeRepository;
import com.projectflo.execution.model.Project;
import com.projectflo.execution.model.Task;
import com.projectflo.execution.persistence.TaskRepository;
import com.projectflo.ledger.model.BuildComponent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gives the open generated tasks of a project the due dates generation would give them now
 * (docs/scheduling.md), after its edit start changed. Completed and archived tasks keep theirs.
 */
@ApplicationScoped
public class TaskRescheduler {

  @Inject private RecipeRepository recipes;

  @Inject private TaskRepository tasks;

  @Inject private TaskSettings settings;

  /** Reschedules the project's open tasks; returns the ids of those whose due date moved. */
  public List<Integer> reschedule(Project project) {
    TaskSchedule.Calendar calendar = settings.calendarOf(project);
    List<ComponentTaskRecipe> active = ComponentPlan.activeOnly(recipes.findAllWithTemplates());
    List<BuildComponent> components = tasks.componentsOfProject(project.getId());
    Map<Integer, List<Task>> byComponent =
        tasks.findByComponents(components.stream().map(BuildComponent::getId).toList()).stream()
            .collect(Collectors.groupingBy(task -> task.getBuildComponent().getId()));
    List<Integer> moved = new ArrayList<>();
    for (BuildComponent component : components) {
      List<Task> open =
          byComponent.getOrDefault(component.getId(), List.of()).stream()
              .filter(task -> TaskRepository.OPEN.contains(task.getStatus()))
              .toList();
      if (open.isEmpty() || !component.isIncluded()) {
        continue;
      }
      Map<Integer, LocalDate> due = new HashMap<>();
      ComponentPlan.of(component, active, calendar)
          .forEach(planned -> due.put(planned.templateId(), planned.dueDate()));
      for (Task task : open) {
        LocalDate date =
            due.getOrDefault(task.getTaskTemplate().getId(), notBefore(task, calendar));
        if (!date.equals(task.getDueDate())) {
          task.setDueDate(date);
          moved.add(task.getId());
        }
      }
    }
    tasks.flush();
    return moved;
  }

  /**
   * A task whose template the component no longer selects keeps its due date, moved up to the edit
   * start when earlier (and given the edit start when it has none).
   */
  private static LocalDate notBefore(Task task, TaskSchedule.Calendar calendar) {
    LocalDate current = task.getDueDate();
    return current == null || current.isBefore(calendar.editStart())
        ? calendar.editStart()
        : current;
  }
}
