package com.projectflo.execution.rest;

import com.projectflo.execution.application.AvailableContributor;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contributor free on the asked date, with the hourly rate that would apply. */
@Schema(name = "AvailableContributor")
public record AvailabilityResponse(
    CrewMember contributor,
    BigDecimal rate,
    @Schema(
            enumeration = {"skill", "default"},
            description = "skill: its rate for the task template; default: its default rate")
        String rateSource) {

  static AvailabilityResponse of(AvailableContributor available) {
    return new AvailabilityResponse(
        CrewMember.of(available.contributor()), available.rate(), available.rateSource());
  }
}
