package com.projectflo.catalog.rest;

import com.projectflo.catalog.model.TaskTemplate;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task template; {@code version} is also the ETag. */
@Schema(name = "TaskTemplate")
public record TaskTemplateResponse(
    int id,
    String name,
    String phase,
    BigDecimal effortHours,
    @Schema(type = SchemaType.OBJECT) JsonValue effortCalculationRules,
    @Schema(enumeration = {"Hourly", "Fixed"}) String pricingType,
    BigDecimal fixedPrice,
    BigDecimal hourlyRate,
    BigDecimal averageDurationHours,
    boolean active,
    long version) {

  static TaskTemplateResponse of(TaskTemplate template) {
    return new TaskTemplateResponse(
        template.getId(),
        template.getName(),
        template.getPhase(),
        template.getEffortHours(),
        template.getEffortCalculationRules(),
        template.getPricingType().label(),
        template.getFixedPrice(),
        template.getHourlyRate(),
        template.getAverageDurationHours(),
        template.isActive(),
        template.getVersion());
  }
}
