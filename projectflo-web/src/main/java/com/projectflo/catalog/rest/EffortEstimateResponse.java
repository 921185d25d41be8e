package com.projectflo.catalog.rest;

import com.projectflo.catalog.application.EffortEstimate;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The effort (hours) and price of a task template for a target length. */
@Schema(name = "EffortEstimate")
public record EffortEstimateResponse(
    @Schema(description = "Absent for a preview") Integer templateId,
    BigDecimal targetMinutes,
    BigDecimal effortHours,
    BigDecimal price) {

  static EffortEstimateResponse of(EffortEstimate estimate) {
    return new EffortEstimateResponse(
        estimate.templateId(), estimate.targetMinutes(), estimate.effortHours(), estimate.price());
  }
}
