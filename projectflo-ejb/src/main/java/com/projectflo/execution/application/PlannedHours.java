package com.projectflo.execution.application;

import com.projectflo.automation.model.ContributorTaskBenchmark;
import com.projectflo.execution.model.Task;
import com.projectflo.platform.application.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The planned hours of a task not started (docs/scheduling.md, "Planned hours"): its assignee's
 * benchmark for the template when that benchmark has hours, else the template's estimate for the
 * component. Pure: no database, no state.
 */
final class PlannedHours {

  private PlannedHours() {}

  /** The hours planned for the task with this assignee's benchmark (none: the template's). */
  static BigDecimal withBenchmark(Task task, Optional<ContributorTaskBenchmark> benchmark) {
    return benchmark.flatMap(PlannedHours::benchmarkHours).orElseGet(() -> templateEstimate(task));
  }

  /**
   * The template's effort rules for the component's length, else its effort hours, else 0 (the
   * length is unknown once a change order removed the component).
   */
  static BigDecimal templateEstimate(Task task) {
    BigDecimal minutes =
        task.getBuildComponent() == null ? null : task.getBuildComponent().getTargetMinutes();
    return Money.of(task.getTaskTemplate().effortFor(minutes));
  }

  /** The measured average when known, else the contributor's own default; none when neither. */
  static Optional<BigDecimal> benchmarkHours(ContributorTaskBenchmark benchmark) {
    BigDecimal hours =
        benchmark.getContributorAverageHours() != null
            ? benchmark.getContributorAverageHours()
            : benchmark.getContributorDefaultHours();
    return Optional.ofNullable(hours).map(Money::of);
  }
}
