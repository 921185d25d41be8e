package com.projectflo.catalog.rest;

import com.projectflo.catalog.application.TaskTemplateDetails;
import com.projectflo.catalog.model.PricingType;
import com.projectflo.platform.rest.InputErrors;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST and PUT /api/catalog/task-templates. */
@Schema(name = "TaskTemplateRequest")
public record TaskTemplateRequest(
    @Schema(required = true, maxLength = 255, description = "Unique, ignoring case") String name,
    @Schema(maxLength = 255, example = "Post-production") String phase,
    @Schema(description = "Fixed effort in hours when there are no effort rules; ≥ 0")
        BigDecimal effortHours,
    @Schema(
            type = SchemaType.OBJECT,
            description =
                "Effort from the target length: baseHours + hoursPerTargetMinute × minutes, then"
                    + " raised to minHours and capped at maxHours (all numbers ≥ 0, baseHours or"
                    + " hoursPerTargetMinute required)",
            example = "{\"baseHours\": 2, \"hoursPerTargetMinute\": 0.5, \"maxHours\": 40}")
        JsonValue effortCalculationRules,
    @Schema(
            required = true,
            enumeration = {"Hourly", "Fixed"})
        String pricingType,
    @Schema(description = "Required when Fixed; ≥ 0") BigDecimal fixedPrice,
    @Schema(description = "Required when Hourly: the price is effort × this rate; ≥ 0")
        BigDecimal hourlyRate,
    @Schema(description = "Typical calendar duration in hours; ≥ 0")
        BigDecimal averageDurationHours,
    @Schema(description = "Offered for new recipes; default true, unchanged on a replace")
        Boolean active) {

  TaskTemplateDetails toDetails(InputErrors errors) {
    return new TaskTemplateDetails(
        name,
        phase,
        effortHours,
        effortCalculationRules,
        errors.label("pricingType", pricingType, PricingType.class),
        fixedPrice,
        hourlyRate,
        averageDurationHours,
        active);
  }
}
