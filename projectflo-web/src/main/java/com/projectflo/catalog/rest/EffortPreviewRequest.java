package com.projectflo.catalog.rest;

import com.projectflo.catalog.application.EffortPreviewDetails;
import com.projectflo.catalog.model.PricingType;
import com.projectflo.platform.rest.InputErrors;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/catalog/task-templates/effort-preview: unsaved effort and pricing fields. */
@Schema(name = "EffortPreviewRequest")
public record EffortPreviewRequest(
    @Schema(type = SchemaType.OBJECT, description = "As on a task template")
        JsonValue effortCalculationRules,
    BigDecimal effortHours,
    @Schema(
            required = true,
            enumeration = {"Hourly", "Fixed"})
        String pricingType,
    BigDecimal fixedPrice,
    BigDecimal hourlyRate,
    @Schema(
            description = "Length of the component in minutes; absent counts as 0",
            example = "12.5")
        BigDecimal targetMinutes) {

  EffortPreviewDetails toDetails(InputErrors errors) {
    return new EffortPreviewDetails(
        effortCalculationRules,
        effortHours,
        errors.label("pricingType", pricingType, PricingType.class),
        fixedPrice,
        hourlyRate,
        targetMinutes);
  }
}
