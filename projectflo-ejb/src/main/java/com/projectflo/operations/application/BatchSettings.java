package com.projectflo.operations.application;

import com.projectflo.platform.application.DailyTimers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the batch jobs (MicroProfile Config, overridden by environment variables): when the
 * nightly runs start ({@code HH:mm} or {@code off}) in which time zone, and whether the test-only
 * fault parameter is accepted.
 */
@ApplicationScoped
public class BatchSettings {

  @Inject
  @ConfigProperty(name = "projectflo.batch.zone", defaultValue = "UTC")
  String zone;

  @Inject
  @ConfigProperty(name = "projectflo.batch.invoicing.time", defaultValue = "06:00")
  String invoicingTime;

  @Inject
  @ConfigProperty(name = "projectflo.batch.benchmarks.time", defaultValue = "02:00")
  String benchmarksTime;

  @Inject
  @ConfigProperty(name = "projectflo.batch.fault-injection", defaultValue = "false")
  boolean faultInjection;

  public ZoneId zone() {
    return ZoneId.of(zone);
  }

  /** Today in the batch time zone: the default {@code asOf} of a run. */
  public LocalDate today() {
    return LocalDate.now(zone());
  }

  /** When the nightly run of {@code job} starts; empty when it is switched off. */
  public Optional<LocalTime> nightlyTime(BatchJob job) {
    return DailyTimers.parseTime(
        switch (job) {
          case INVOICING -> invoicingTime;
          case BENCHMARKS -> benchmarksTime;
        });
  }

  public boolean faultInjection() {
    return faultInjection;
  }
}
