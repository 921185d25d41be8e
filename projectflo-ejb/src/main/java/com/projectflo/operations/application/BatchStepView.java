package com.projectflo.operations.application;

import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.OffsetDateTime;

/**
 * One step of a job execution and its progress: items read, written, filtered and skipped so far
 * (updated at every checkpoint), commits and rollbacks.
 */
public record BatchStepView(
    long stepExecutionId,
    String name,
    String status,
    String exitStatus,
    OffsetDateTime startedAt,
    OffsetDateTime endedAt,
    long itemsRead,
    long itemsWritten,
    long itemsFiltered,
    long itemsSkipped,
    long commits,
    long rollbacks) {

  static BatchStepView of(StepExecution step) {
    return new BatchStepView(
        step.getStepExecutionId(),
        step.getStepName(),
        step.getBatchStatus() == null ? null : step.getBatchStatus().name(),
        step.getExitStatus(),
        BatchExecutionView.time(step.getStartTime()),
        BatchExecutionView.time(step.getEndTime()),
        metric(step, Metric.MetricType.READ_COUNT),
        metric(step, Metric.MetricType.WRITE_COUNT),
        metric(step, Metric.MetricType.FILTER_COUNT),
        metric(step, Metric.MetricType.READ_SKIP_COUNT)
            + metric(step, Metric.MetricType.PROCESS_SKIP_COUNT)
            + metric(step, Metric.MetricType.WRITE_SKIP_COUNT),
        metric(step, Metric.MetricType.COMMIT_COUNT),
        metric(step, Metric.MetricType.ROLLBACK_COUNT));
  }

  private static long metric(StepExecution step, Metric.MetricType type) {
    Metric[] metrics = step.getMetrics();
    if (metrics == null) {
      return 0;
    }
    for (Metric metric : metrics) {
      if (metric.getType() == type) {
        return metric.getValue();
      }
    }
    return 0;
  }
}
