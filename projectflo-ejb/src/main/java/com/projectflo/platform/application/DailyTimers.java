package com.projectflo.platform.application;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Daily persistent EJB timers, one per purpose (its {@code info}). Liberty stores them in the
 * application database, so servers sharing it share the timers and each expiration runs on one
 * server. Creating one happens under a database advisory lock, so two servers starting together
 * cannot both create it.
 */
public final class DailyTimers {

  private DailyTimers() {}

  /**
   * Makes sure the only timer of {@code info} fires daily at {@code time} in {@code zone}; with
   * {@code time} empty ("off") there is none. Returns whether a timer was created.
   */
  public static boolean ensure(
      TimerService timers, EntityManager em, String info, Optional<LocalTime> time, ZoneId zone) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, info)
        .getSingleResult();
    ScheduleExpression wanted = time.map(at -> expression(at, zone)).orElse(null);
    boolean kept = false;
    for (Timer timer : find(timers, info)) {
      if (!kept && wanted != null && sameTime(timer.getSchedule(), wanted)) {
        kept = true;
      } else {
        timer.cancel();
      }
    }
    if (!kept && wanted != null) {
      timers.createCalendarTimer(wanted, new TimerConfig(info, true));
      return true;
    }
    return false;
  }

  /** The timers of {@code info} (one, once scheduled). */
  public static List<Timer> find(TimerService timers, String info) {
    return timers.getTimers().stream().filter(timer -> info.equals(timer.getInfo())).toList();
  }

  /** A time of day {@code HH:mm}, or empty for {@code off}. */
  public static Optional<LocalTime> parseTime(String value) {
    return "off".equalsIgnoreCase(value.strip())
        ? Optional.empty()
        : Optional.of(LocalTime.parse(value.strip()));
  }

  private static ScheduleExpression expression(LocalTime at, ZoneId zone) {
    return new ScheduleExpression()
        .hour(at.getHour())
        .minute(at.getMinute())
        .second(0)
        .timezone(zone.getId());
  }

  private static boolean sameTime(ScheduleExpression a, ScheduleExpression b) {
    return a.getHour().equals(b.getHour())
        && a.getMinute().equals(b.getMinute())
        && String.valueOf(a.getTimezone()).equals(String.valueOf(b.getTimezone()));
  }
}
