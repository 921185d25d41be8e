package com.projectflo.operations.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.operations.model.BatchJobRun;
import com.projectflo.operations.persistence.BatchJobRunRepository;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.PageRequest;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Starts, restarts, stops and reads the executions of the batch jobs (docs/batch.md) through the
 * Jakarta Batch {@link JobOperator}; the job repository is Liberty's, in PostgreSQL. Every start
 * and restart is recorded in {@code batch_job_runs} (who asked, with what) and audited. A job runs
 * once at a time: starting it while an execution of it is running is refused.
 */
@Stateless
public class BatchJobService {

  static final String RESOURCE = "Job execution";
  private static final String ENTITY = "batch_job_execution";

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @Inject private BatchJobRunRepository runs;

  @Inject private BatchSettings settings;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  @Inject private NightlyJobSchedule schedule;

  /** The jobs with their parameters and nightly schedule. */
  @RequiresPermission(Permissions.BATCH_RUN)
  public List<BatchJobDescription> describeJobs() {
    return Arrays.stream(BatchJob.values())
        .map(
            job ->
                new BatchJobDescription(
                    job.jobName(),
                    job.description(),
                    job.parameters(),
                    settings.nightlyTime(job).orElse(null),
                    settings.zone(),
                    schedule.nextRun(job).orElse(null)))
        .toList();
  }

  /** Starts {@code jobName} with the given parameters completed by the defaults. */
  @RequiresPermission(Permissions.BATCH_RUN)
  public BatchExecutionView startJob(@NotNull String jobName, @NotNull Map<String, String> given) {
    BatchJob job =
        BatchJob.named(jobName).orElseThrow(() -> new NoSuchResourceException("Job", jobName));
    Map<String, String> parameters =
        JobParameters.complete(job, given, settings.today(), settings.faultInjection());
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "projectflo.batch." + job.jobName())
        .getSingleResult();
    JobOperator operator = BatchRuntime.getJobOperator();
    List<Long> running = runningExecutions(operator, job);
    if (!running.isEmpty()) {
      throw new ConflictException(
          "jobName",
          "Job "
              + job.jobName()
              + " is already running (execution "
              + running.get(0)
              + "): wait for it or stop it first");
    }
    long executionId = operator.start(job.jobName(), JobParameters.asProperties(parameters));
    BatchExecutionView view = record(operator, executionId, parameters, null);
    audit.record("batch.start", ENTITY, executionId, null, ExecutionState.of(view));
    return view;
  }

  /**
   * Restarts a failed or stopped execution from its last checkpoint, with its parameters (the
   * test-only parameters are never carried over) overridden by {@code given}.
   */
  @RequiresPermission(Permissions.BATCH_RUN)
  public BatchExecutionView restartExecution(long executionId, @NotNull Map<String, String> given) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution previous = execution(operator, executionId);
    BatchJob job =
        BatchJob.named(previous.getJobName())
            .orElseThrow(() -> new NoSuchResourceException(RESOURCE, executionId));
    Map<String, String> merged =
        new TreeMap<>(BatchExecutionView.parameters(operator.getParameters(executionId)));
    BatchJob.TEST_ONLY_PARAMETERS.forEach(parameter -> merged.remove(parameter.name()));
    merged.putAll(given);
    Map<String, String> parameters =
        JobParameters.complete(job, merged, settings.today(), settings.faultInjection());
    long restarted;
    try {
      restarted = operator.restart(executionId, JobParameters.asProperties(parameters));
    } catch (JobExecutionAlreadyCompleteException e) {
      throw new ConflictException(
          "status", RESOURCE + " " + executionId + " completed: start a new run instead");
    } catch (JobExecutionNotMostRecentException e) {
      throw new ConflictException(
          "status",
          RESOURCE + " " + executionId + " was restarted already: restart its latest execution");
    } catch (JobRestartException e) {
      throw new ConflictException(
          "status",
          RESOURCE
              + " "
              + executionId
              + " cannot be restarted while it is "
              + previous.getBatchStatus()
              + "; only FAILED or STOPPED executions can");
    }
    BatchExecutionView view = record(operator, restarted, parameters, executionId);
    audit.record("batch.restart", ENTITY, restarted, null, ExecutionState.of(view));
    return view;
  }

  /** Asks a running execution to stop at its next checkpoint (it ends STOPPED, restartable). */
  @RequiresPermission(Permissions.BATCH_RUN)
  public BatchExecutionView stopExecution(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    BatchExecutionView before = view(operator, execution(operator, executionId), false);
    try {
      operator.stop(executionId);
    } catch (JobExecutionNotRunningException e) {
      throw new ConflictException(
          "status", RESOURCE + " " + executionId + " is not running (" + before.status() + ")");
    }
    BatchExecutionView after = view(operator, execution(operator, executionId), true);
    audit.record(
        "batch.stop", ENTITY, executionId, ExecutionState.of(before), ExecutionState.of(after));
    return after;
  }

  /** One execution with its steps and their progress. */
  @RequiresPermission(Permissions.BATCH_RUN)
  public BatchExecutionView getExecution(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    return view(operator, execution(operator, executionId), true);
  }

  /**
   * The executions started through the application, newest first, optionally of one job. Each row
   * reads its status from the job repository (pages are small: at most 200).
   */
  @RequiresPermission(Permissions.BATCH_RUN)
  public Page<BatchExecutionView> listExecutions(String jobName, @NotNull @Valid PageRequest page) {
    if (jobName != null && BatchJob.named(jobName).isEmpty()) {
      return new Page<>(List.of(), null);
    }
    long before =
        page.cursor() == null
            ? Long.MAX_VALUE
            : KeysetCursor.decode(page.cursor(), 1).longInteger(0);
    JobOperator operator = BatchRuntime.getJobOperator();
    List<BatchJobRun> rows = runs.findPage(jobName, before, page.limit() + 1);
    return page.page(rows, row -> KeysetCursor.encode(row.getExecutionId()))
        .map(row -> view(operator, execution(operator, row.getExecutionId()), row, false));
  }

  private BatchExecutionView record(
      JobOperator operator, long executionId, Map<String, String> parameters, Long restartOf) {
    JobExecution execution = execution(operator, executionId);
    BatchJobRun run = new BatchJobRun();
    run.setExecutionId(executionId);
    run.setInstanceId(operator.getJobInstance(executionId).getInstanceId());
    run.setJobName(execution.getJobName());
    JsonObjectBuilder json = Json.createObjectBuilder();
    parameters.forEach(json::add);
    run.setParameters(json.build());
    run.setRequestedBy(currentCaller.get().subject());
    run.setRequestedAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    run.setRestartOfExecutionId(restartOf);
    runs.add(run);
    return view(operator, execution, run, false);
  }

  private BatchExecutionView view(JobOperator operator, JobExecution execution, boolean steps) {
    return view(operator, execution, runs.find(execution.getExecutionId()).orElse(null), steps);
  }

  private static BatchExecutionView view(
      JobOperator operator, JobExecution execution, BatchJobRun run, boolean steps) {
    long instanceId =
        run != null
            ? run.getInstanceId()
            : operator.getJobInstance(execution.getExecutionId()).getInstanceId();
    return BatchExecutionView.of(
        execution,
        instanceId,
        run,
        steps ? operator.getStepExecutions(execution.getExecutionId()) : null);
  }

  private static JobExecution execution(JobOperator operator, long executionId) {
    try {
      return operator.getJobExecution(executionId);
    } catch (NoSuchJobExecutionException e) {
      throw new NoSuchResourceException(RESOURCE, executionId);
    }
  }

  private static List<Long> runningExecutions(JobOperator operator, BatchJob job) {
    try {
      return operator.getRunningExecutions(job.jobName());
    } catch (NoSuchJobException e) {
      return List.of();
    }
  }

  /** The audited state of an execution. */
  record ExecutionState(String jobName, String status, Map<String, String> parameters) {
    static ExecutionState of(BatchExecutionView view) {
      return new ExecutionState(view.jobName(), view.status(), view.parameters());
    }
  }
}
