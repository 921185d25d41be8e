package com.projectflo.execution.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.automation.model.ContributorTaskBenchmark;
import com.projectflo.catalog.model.TaskTemplate;
import com.projectflo.execution.model.Task;
import com.projectflo.ledger.model.BuildComponent;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a task's planned hours come from (docs/scheduling.md, "Planned hours"). */
class PlannedHoursTest {

  @Test
  void theMeasuredAverageComesFirstThenTheContributorsDefault() {
    Task task = task(fixedEffort("1.25"), null);

    assertThat(PlannedHours.withBenchmark(task, benchmark("5.00", "3.75"))).isEqualTo("3.75");
    assertThat(PlannedHours.withBenchmark(task, benchmark("2.00", null))).isEqualTo("2.00");
  }

  @Test
  void withoutABenchmarkOrWithAnEmptyOneTheTemplatesEstimateCounts() {
    Task task = task(fixedEffort("1.25"), null);

    assertThat(PlannedHours.withBenchmark(task, Optional.empty())).isEqualTo("1.25");
    assertThat(PlannedHours.withBenchmark(task, benchmark(null, null)))
        .as("both hour columns NULL: ignored, not 0.00")
        .isEqualTo("1.25");
  }

  @Test
  void theTemplatesEffortRulesUseTheComponentsLength() {
    TaskTemplate rules = new TaskTemplate();
    rules.setEffortCalculationRules(
        Json.createObjectBuilder()
            .add("baseHours", 2)
            .add("hoursPerTargetMinute", 0.5)
            .add("maxHours", 4)
            .build());

    assertThat(PlannedHours.templateEstimate(task(rules, "3"))).isEqualTo("3.50");
    assertThat(PlannedHours.templateEstimate(task(rules, "5"))).isEqualTo("4.00");
    assertThat(PlannedHours.templateEstimate(task(rules, null)))
        .as("a removed component: its length is unknown")
        .isEqualTo("2.00");
    assertThat(PlannedHours.templateEstimate(task(new TaskTemplate(), "5")))
        .as("no estimate at all")
        .isEqualTo("0.00");
  }

  private static TaskTemplate fixedEffort(String hours) {
    TaskTemplate template = new TaskTemplate();
    template.setEffortHours(new BigDecimal(hours));
    return template;
  }

  private static Task task(TaskTemplate template, String targetMinutes) {
    Task task = new Task();
    task.setTaskTemplate(template);
    if (targetMinutes != null) {
      BuildComponent component = new BuildComponent();
      component.setTargetMinutes(new BigDecimal(targetMinutes));
      task.setBuildComponent(component);
    }
    return task;
  }

  private static Optional<ContributorTaskBenchmark> benchmark(String fallback, String average) {
    ContributorTaskBenchmark benchmark = new ContributorTaskBenchmark();
    benchmark.setContributorDefaultHours(fallback == null ? null : new BigDecimal(fallback));
    benchmark.setContributorAverageHours(average == null ? null : new BigDecimal(average));
    return Optional.of(benchmark);
  }
}
