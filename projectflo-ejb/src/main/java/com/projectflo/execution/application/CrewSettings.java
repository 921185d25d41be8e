package com.projectflo.execution.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the crew calendar: the studio's time zone, in which all-day events and dates (wedding
 * days, availability, conflict ranges) are days, and the weekly capacity of a contributor.
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
}
