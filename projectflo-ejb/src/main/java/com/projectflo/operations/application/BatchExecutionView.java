package com.projectflo.operations.application;

import com.projectflo.operations.model.BatchJobRun;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * A job execution as the job repository knows it, with who asked for it (when it was started
 * through the application) and, when steps are given, its progress step by step.
 */
public record BatchExecutionView(
    long executionId,
    long instanceId,
    String jobName,
    String status,
    String exitStatus,
    OffsetDateTime createdAt,
    OffsetDateTime startedAt,
    OffsetDateTime endedAt,
    OffsetDateTime lastUpdatedAt,
    Map<String, String> parameters,
    String requestedBy,
    Long restartOfExecutionId,
    String currentStep,
    List<BatchStepView> steps) {

  private static final Set<BatchStatus> RUNNING =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  static BatchExecutionView of(
      JobExecution execution, long instanceId, BatchJobRun run, List<StepExecution> steps) {
    List<BatchStepView> stepViews =
        steps == null
            ? null
            : steps.stream()
                .sorted(Comparator.comparingLong(StepExecution::getStepExecutionId))
                .map(BatchStepView::of)
                .toList();
    String current =
        stepViews == null || stepViews.isEmpty() || !RUNNING.contains(execution.getBatchStatus())
            ? null
            : stepViews.get(stepViews.size() - 1).name();
    return new BatchExecutionView(
        execution.getExecutionId(),
        instanceId,
        execution.getJobName(),
        execution.getBatchStatus() == null ? null : execution.getBatchStatus().name(),
        execution.getExitStatus(),
        time(execution.getCreateTime()),
        time(execution.getStartTime()),
        time(execution.getEndTime()),
        time(execution.getLastUpdatedTime()),
        parameters(execution.getJobParameters()),
        run == null ? null : run.getRequestedBy(),
        run == null ? null : run.getRestartOfExecutionId(),
        current,
        stepViews);
  }

  static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }

  static Map<String, String> parameters(Properties properties) {
    Map<String, String> map = new TreeMap<>();
    if (properties != null) {
      properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
    }
    return map;
  }
}
