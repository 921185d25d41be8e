package com.projectflo.it.inserver;

import com.projectflo.execution.application.CrewSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The crew settings of a studio on Kiritimati (UTC+14) at a fixed instant, 2100-03-14T12:00Z: a
 * Sunday in UTC, already Monday 2100-03-15 in the studio. Replaces {@link CrewSettings} in the EJB
 * module of {@link StudioTimeZoneIT}'s deployment only.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class KiritimatiStudio extends CrewSettings {

  static final ZoneId ZONE = ZoneId.of("Pacific/Kiritimati");
  static final Instant NOW = Instant.parse("2100-03-14T12:00:00Z");

  @Override
  public ZoneId zone() {
    return ZONE;
  }

  @Override
  protected Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }
}
