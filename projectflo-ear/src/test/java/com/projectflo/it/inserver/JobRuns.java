package com.projectflo.it.inserver;

import com.projectflo.operations.application.BatchExecutionView;
import com.projectflo.operations.application.BatchJobService;
import com.projectflo.operations.application.BatchStepView;
import com.projectflo.platform.application.ConflictException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Starts, restarts and waits for job executions through {@link BatchJobService}. */
final class JobRuns {

  private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private final BatchJobService jobs;

  JobRuns(BatchJobService jobs) {
    this.jobs = jobs;
  }

  /** Runs {@code job} to its end, after stopping a run of it left over by another test. */
  BatchExecutionView run(String job, Map<String, String> parameters) {
    stopRunning(job);
    return awaitEnd(jobs.startJob(job, parameters).executionId());
  }

  private void stopRunning(String job) {
    List<Long> running;
    try {
      running = BatchRuntime.getJobOperator().getRunningExecutions(job);
    } catch (NoSuchJobException e) {
      return;
    }
    for (long id : running) {
      try {
        jobs.stopExecution(id);
      } catch (ConflictException e) {
        // It ended meanwhile.
      }
      awaitEnd(id);
    }
  }

  BatchExecutionView restart(long executionId) {
    return awaitEnd(jobs.restartExecution(executionId, Map.of()).executionId());
  }

  BatchExecutionView awaitEnd(long executionId) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      BatchExecutionView execution = jobs.getExecution(executionId);
      if (ENDED.contains(execution.status())) {
        return execution;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("Execution " + executionId + " did not end within " + PATIENCE);
  }

  static BatchStepView step(BatchExecutionView execution, String name) {
    return execution.steps().stream()
        .filter(step -> step.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No step " + name + " in " + execution));
  }
}
