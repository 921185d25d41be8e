package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.crm.application.ReminderSchedule;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.ejb.Timer;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The daily reminders' timer: persistent, created once at start-up, never twice. */
@ExtendWith(ArquillianExtension.class)
class ReminderScheduleIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(ReminderScheduleIT.class);
  }

  @Inject ReminderSchedule schedule;

  @Inject RequestMetadata request;

  @BeforeEach
  void actAsSystem() {
    request.setSubject(RequestMetadata.SYSTEM);
  }

  @Test
  void startUpCreatesOnePersistentTimerAtTheConfiguredTime() {
    List<Timer> timers = schedule.dailyTimers();

    assertEquals(1, timers.size());
    Timer timer = timers.get(0);
    assertTrue(timer.isPersistent());
    assertTrue(timer.isCalendarTimer());
    assertEquals("7", timer.getSchedule().getHour());
    assertEquals("0", timer.getSchedule().getMinute());
  }

  @Test
  void schedulingAgainKeepsTheOneTimer() {
    String first = schedule.dailyTimers().get(0).getNextTimeout().toString();

    assertEquals("07:00 UTC", schedule.ensureScheduled());
    schedule.ensureScheduled();

    assertEquals(1, schedule.dailyTimers().size());
    assertEquals(first, schedule.dailyTimers().get(0).getNextTimeout().toString());
  }
}
