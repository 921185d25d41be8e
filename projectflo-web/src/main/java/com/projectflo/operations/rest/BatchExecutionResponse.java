package com.projectflo.operations.rest;

import com.projectflo.operations.application.BatchExecutionView;
import com.projectflo.operations.application.BatchStepView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A job execution: Jakarta Batch status (STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED,
 * ABANDONED), the step running now and, for a single execution, each step's progress.
 */
@Schema(name = "BatchExecution")
public record BatchExecutionResponse(
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
    List<Step> steps) {

  static BatchExecutionResponse of(BatchExecutionView view) {
    return new BatchExecutionResponse(
        view.executionId(),
        view.instanceId(),
        view.jobName(),
        view.status(),
        view.exitStatus(),
        view.createdAt(),
        view.startedAt(),
        view.endedAt(),
        view.lastUpdatedAt(),
        view.parameters(),
        view.requestedBy(),
        view.restartOfExecutionId(),
        view.currentStep(),
        view.steps() == null ? null : view.steps().stream().map(Step::of).toList());
  }

  /** One step and its progress so far (updated at every checkpoint). */
  @Schema(name = "BatchStep")
  public record Step(
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

    static Step of(BatchStepView step) {
      return new Step(
          step.stepExecutionId(),
          step.name(),
          step.status(),
          step.exitStatus(),
          step.startedAt(),
          step.endedAt(),
          step.itemsRead(),
          step.itemsWritten(),
          step.itemsFiltered(),
          step.itemsSkipped(),
          step.commits(),
          step.rollbacks());
    }
  }
}
