package com.projectflo.crm.application;

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
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link ReminderService} once a day through a persistent EJB timer, stored by Liberty in the
 * application database: servers sharing the database share the timer, so each day fires once. The
 * timer is created (or moved to a changed time) when the schema is ready, under a database lock so
 * that two servers starting together cannot both create it.
 */
@Singleton
public class ReminderSchedule {

  static final String TIMER_INFO = "projectflo.crm.daily-reminders";
  private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

  @Resource private TimerService timerService;

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @Inject private ReminderService reminders;

  @Inject private RequestMetadata request;

  @Inject
  @ConfigProperty(name = "projectflo.reminders.time", defaultValue = "07:00")
  private String time;

  @Inject
  @ConfigProperty(name = "projectflo.reminders.zone", defaultValue = "UTC")
  private String zone;

  public void scheduleWhenSchemaIsReady(@Observes SchemaReady ready) {
    try {
      ensureScheduled();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not schedule the daily reminders: " + e.getMessage(), e);
    }
  }

  /** Creates the daily timer unless it exists with the configured time; returns its schedule. */
  public String ensureScheduled() {
    if (DailyTimers.ensure(
        timerService, em, TIMER_INFO, DailyTimers.parseTime(time), ZoneId.of(zone))) {
      LOG.info(() -> "Scheduled the daily reminders at " + time + " " + zone + ".");
    }
    return time + " " + zone;
  }

  /** The persistent timers of the daily reminders (one, once scheduled). */
  @Lock(LockType.READ)
  public List<Timer> dailyTimers() {
    return DailyTimers.find(timerService, TIMER_INFO);
  }

  /** Today in the reminders' time zone. */
  @Lock(LockType.READ)
  public LocalDate today() {
    return LocalDate.now(ZoneId.of(zone));
  }

  @Timeout
  void sendReminders(Timer timer) {
    request.setSubject(RequestMetadata.SYSTEM);
    ReminderRun run = reminders.sendDailyReminders(today());
    LOG.info(
        () ->
            "Daily reminders for "
                + run.day()
                + ": "
                + run.followUpReminders()
                + " follow-ups, "
                + run.activityReminders()
                + " activities.");
  }
}
