package com.projectflo.execution.application;

import com.projectflo.identity.model.Contributor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Planned hours per ISO week against the weekly capacity, per contributor. */
public record CapacityReport(
    LocalDate from, int weeks, BigDecimal weeklyCapacityHours, List<ContributorLoad> contributors) {

  /** One contributor's weeks; {@code overloaded} when any week exceeds the capacity. */
  public record ContributorLoad(
      Contributor contributor, List<WeekLoad> weeks, boolean overloaded) {}

  /** One ISO week ({@code 2027-W23}, starting Monday {@code start}). */
  public record WeekLoad(
      String week, LocalDate start, BigDecimal plannedHours, boolean overloaded) {}
}
