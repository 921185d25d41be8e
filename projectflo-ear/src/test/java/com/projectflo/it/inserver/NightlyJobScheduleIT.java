package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.operations.application.BatchJob;
import com.projectflo.operations.application.BatchJobDescription;
import com.projectflo.operations.application.BatchJobService;
import com.projectflo.operations.application.NightlyJobSchedule;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.ejb.Timer;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly runs' timers follow the configuration (the test server: benchmarks at 03:17 UTC,
 * invoicing off): persistent calendar timers, created once at start-up, never twice.
 */
@ExtendWith(ArquillianExtension.class)
class NightlyJobScheduleIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(NightlyJobScheduleIT.class);
  }

  @Inject NightlyJobSchedule schedule;

  @Inject BatchJobService jobs;

  @Inject RequestMetadata request;

  @BeforeEach
  void actAsSystem() {
    request.setSubject(RequestMetadata.SYSTEM);
  }

  @Test
  void aConfiguredJobHasOnePersistentDailyTimerAtItsTime() {
    List<Timer> timers = schedule.timers(BatchJob.BENCHMARKS);

    assertEquals(1, timers.size());
    Timer timer = timers.get(0);
    assertTrue(timer.isPersistent());
    assertTrue(timer.isCalendarTimer());
    assertEquals("3", timer.getSchedule().getHour());
    assertEquals("17", timer.getSchedule().getMinute());
    assertEquals("UTC", timer.getSchedule().getTimezone());
  }

  @Test
  void aJobSwitchedOffHasNoTimer() {
    assertEquals(List.of(), schedule.timers(BatchJob.INVOICING));
  }

  @Test
  void schedulingAgainKeepsTheOneTimer() {
    String first = schedule.timers(BatchJob.BENCHMARKS).get(0).getNextTimeout().toString();

    schedule.ensureScheduled(BatchJob.BENCHMARKS);
    schedule.ensureScheduled(BatchJob.BENCHMARKS);
    schedule.ensureScheduled(BatchJob.INVOICING);

    assertEquals(1, schedule.timers(BatchJob.BENCHMARKS).size());
    assertEquals(first, schedule.timers(BatchJob.BENCHMARKS).get(0).getNextTimeout().toString());
    assertEquals(List.of(), schedule.timers(BatchJob.INVOICING));
  }

  @Test
  void theJobListShowsTheScheduleAndTheNextRun() {
    BatchJobDescription benchmarks =
        jobs.describeJobs().stream()
            .filter(job -> job.name().equals("benchmarks"))
            .findFirst()
            .orElseThrow();

    assertEquals(LocalTime.of(3, 17), benchmarks.nightlyAt());
    assertEquals(LocalTime.of(3, 17), benchmarks.nextRunAt().toLocalTime());
  }
}
