package com.projectflo.execution.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the crew calendar: the studio's time zone, in which all-day events and dates (wedding
 * days, availability, conflict ranges, due dates, "today") are days, and the weekly capacity of a
 * contributor.
 */
@ApplicationScoped
public class CrewSettings {

  @Inject
  @ConfigProperty(name = "projectflo.calendar.zone", defaultValue = "UTC")
  String zone;

  @Inject
  @ConfigProperty(name = "projectflo.capacity.weekly-hours", defaultValue = "40")
  BigDecimal weeklyCapacityHours;

  public ZoneId zone() {
    return ZoneId.of(zone);
  }

  public BigDecimal weeklyCapacityHours() {
    return weeklyCapacityHours;
  }

  /** Today in the studio's time zone. */
  public LocalDate today() {
    return LocalDate.now(clock().withZone(zone()));
  }

  /** The instant a day of the studio's calendar starts (its end is the next day's start). */
  public OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(zone()).toOffsetDateTime();
  }

  /** The clock "today" is read from. */
  protected Clock clock() {
    return Clock.systemUTC();
  }
}
