package com.projectflo.operations.application;

import com.projectflo.platform.application.ApplicationProblem;
import com.projectflo.platform.application.DailyTimers;
import com.projectflo.platform.application.RequestMetadata;
import com.projectflo.platform.persistence.SchemaReady;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the nightly runs of the batch jobs (invoicing 06:00, benchmarks 02:00 by default, see
 * {@link BatchSettings}) from persistent EJB timers stored in the application database: with
 * several servers on one database each run starts once, on one of them.
 */
@Singleton
public class NightlyJobSchedule {

  static final String TIMER_PREFIX = "projectflo.batch.nightly.";
  private static final Logger LOG = Logger.getLogger(NightlyJobSchedule.class.getName());

  @Resource private TimerService timerService;

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @Inject private BatchSettings settings;

  @Inject private BatchJobService jobs;

  @Inject private RequestMetadata request;

  public void scheduleWhenSchemaIsReady(@Observes SchemaReady ready) {
    for (BatchJob job : BatchJob.values()) {
      try {
        ensureScheduled(job);
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Could not schedule the nightly " + job.jobName() + " run", e);
      }
    }
  }

  /** Creates, moves or removes the job's timer so that it matches the settings. */
  public void ensureScheduled(BatchJob job) {
    if (DailyTimers.ensure(
        timerService, em, timerInfo(job), settings.nightlyTime(job), settings.zone())) {
      LOG.info(
          () ->
              "Scheduled the nightly "
                  + job.jobName()
                  + " run at "
                  + settings.nightlyTime(job).orElseThrow()
                  + " "
                  + settings.zone()
                  + ".");
    }
  }

  /** The persistent timers of the job's nightly run (one, unless switched off). */
  @Lock(LockType.READ)
  public List<Timer> timers(BatchJob job) {
    return DailyTimers.find(timerService, timerInfo(job));
  }

  /** When the job's next nightly run starts; empty when it is switched off. */
  @Lock(LockType.READ)
  public Optional<ZonedDateTime> nextRun(BatchJob job) {
    return timers(job).stream()
        .findFirst()
        .map(timer -> timer.getNextTimeout().toInstant().atZone(settings.zone()));
  }

  /**
   * Starts the run outside the timer's transaction: a refused start (the job is still running) is
   * logged and the timer goes on to the next night instead of being retried.
   */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void startNightlyRun(Timer timer) {
    Optional<BatchJob> job =
        Arrays.stream(BatchJob.values())
            .filter(j -> timerInfo(j).equals(timer.getInfo()))
            .findFirst();
    if (job.isEmpty()) {
      return;
    }
    request.setSubject(RequestMetadata.SYSTEM);
    try {
      BatchExecutionView started = jobs.startJob(job.get().jobName(), Map.of());
      LOG.info(
          () ->
              "Started the nightly "
                  + started.jobName()
                  + " run: execution "
                  + started.executionId()
                  + " "
                  + started.parameters());
    } catch (ApplicationProblem e) {
      LOG.warning(() -> "Nightly " + job.get().jobName() + " run not started: " + e.getMessage());
    }
  }

  static String timerInfo(BatchJob job) {
    return TIMER_PREFIX + job.jobName();
  }
}
