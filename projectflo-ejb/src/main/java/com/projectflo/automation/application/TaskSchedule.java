package com.projectflo.automation.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The back-scheduling rule of docs/scheduling.md for the tasks of one build component. Pure: no
 * database, no state.
 *
 * <p>The component's templates, in {@link RecipeMatcher} order, are grouped by phase (a template
 * without a phase is a phase of its own); phases run in the order of their first template. Each
 * phase lasts {@code ceil(Σ planned hours / hours per day)} days, at least one. The last phase is
 * due on the delivery deadline, each earlier phase on the due date of the next one minus that next
 * phase's duration, and no due date falls before the edit start. Every task of a phase waits for
 * every task of the phase before it.
 */
public final class TaskSchedule {

  /** A template selected for the component, with its planned hours. */
  public record Item(int templateId, String phase, BigDecimal plannedHours) {}

  /** Where an item lands: its phase (0 first) and due date. */
  public record Slot(int templateId, int phaseIndex, LocalDate dueDate) {}

  /** Scheduling parameters: delivery deadline, earliest due date and a working day's hours. */
  public record Calendar(LocalDate deadline, LocalDate editStart, BigDecimal hoursPerDay) {}

  private TaskSchedule() {}

  /** One slot per item, in the items' order. */
  public static List<Slot> schedule(List<Item> items, Calendar calendar) {
    List<List<Item>> phases = phases(items);
    LocalDate[] due = new LocalDate[phases.size()];
    LocalDate next = calendar.deadline();
    for (int i = phases.size() - 1; i >= 0; i--) {
      due[i] = next;
      next = next.minusDays(days(phases.get(i), calendar.hoursPerDay()));
    }
    Map<Integer, Slot> byTemplate = new LinkedHashMap<>();
    for (int i = 0; i < phases.size(); i++) {
      LocalDate date = due[i].isBefore(calendar.editStart()) ? calendar.editStart() : due[i];
      for (Item item : phases.get(i)) {
        byTemplate.put(item.templateId(), new Slot(item.templateId(), i, date));
      }
    }
    return items.stream().map(item -> byTemplate.get(item.templateId())).toList();
  }

  /** Working days a phase takes: its hours over a day's hours, rounded up, at least one. */
  static long days(List<Item> phase, BigDecimal hoursPerDay) {
    BigDecimal hours =
        phase.stream()
            .map(Item::plannedHours)
            .map(h -> h == null ? BigDecimal.ZERO : h)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    long days = hours.divide(hoursPerDay, 0, RoundingMode.CEILING).longValueExact();
    return Math.max(1, days);
  }

  /** Items grouped by phase, phases in the order of their first item. */
  static List<List<Item>> phases(List<Item> items) {
    Map<String, List<Item>> phases = new LinkedHashMap<>();
    for (Item item : items) {
      String key =
          item.phase() == null || item.phase().isBlank()
              ? "\u0000template:" + item.templateId()
              : item.phase().strip();
      phases.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }
    return List.copyOf(phases.values());
  }
}
