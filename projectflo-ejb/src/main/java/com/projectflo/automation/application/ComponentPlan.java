package com.projectflo.automation.application;

import com.projectflo.automation.model.ComponentTaskRecipe;
import com.projectflo.catalog.model.TaskTemplate;
import com.projectflo.ledger.model.BuildComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The tasks a build component calls for (docs/scheduling.md): the templates its recipes select
 * ({@link RecipeMatcher}), each planned from the template's effort and back-scheduled by {@link
 * TaskSchedule}. Pure: no database, no state.
 */
public final class ComponentPlan {

  /** One template's task: planned hours, phase (0 first) and due date. */
  public record Planned(
      TaskTemplate template, BigDecimal plannedHours, int phaseIndex, LocalDate dueDate) {

    public int templateId() {
      return template.getId();
    }
  }

  private ComponentPlan() {}

  /** Only the recipes of active templates: what generation chooses from. */
  public static List<ComponentTaskRecipe> activeOnly(List<ComponentTaskRecipe> recipes) {
    return recipes.stream().filter(recipe -> recipe.getTaskTemplate().isActive()).toList();
  }

  /** The component's tasks in {@link RecipeMatcher} order. */
  public static List<Planned> of(
      BuildComponent component, List<ComponentTaskRecipe> active, TaskSchedule.Calendar calendar) {
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
    List<Planned> planned = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      planned.add(
          new Planned(
              selected.get(i).getTaskTemplate(),
              items.get(i).plannedHours(),
              slots.get(i).phaseIndex(),
              slots.get(i).dueDate()));
    }
    return planned;
  }
}
