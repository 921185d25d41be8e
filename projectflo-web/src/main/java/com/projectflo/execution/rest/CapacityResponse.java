package com.projectflo.execution.rest;

import com.projectflo.execution.application.CapacityReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Planned hours per ISO week against the weekly capacity. */
@Schema(name = "Capacity")
public record CapacityResponse(
    @Schema(description = "Monday of the first week") LocalDate from,
    int weeks,
    BigDecimal weeklyCapacityHours,
    List<Load> contributors) {

  /** One contributor's weeks. */
  @Schema(name = "ContributorLoad")
  public record Load(CrewMember contributor, boolean overloaded, List<Week> weeks) {}

  /** One ISO week. */
  @Schema(name = "WeekLoad")
  public record Week(
      @Schema(example = "2027-W23") String week,
      LocalDate start,
      BigDecimal plannedHours,
      boolean overloaded) {}

  static CapacityResponse of(CapacityReport report) {
    return new CapacityResponse(
        report.from(),
        report.weeks(),
        report.weeklyCapacityHours(),
        report.contributors().stream()
            .map(
                load ->
                    new Load(
                        CrewMember.of(load.contributor()),
                        load.overloaded(),
                        load.weeks().stream()
                            .map(
                                week ->
                                    new Week(
                                        week.week(),
                                        week.start(),
                                        week.plannedHours(),
                                        week.overloaded()))
                            .toList()))
            .toList());
  }
}
