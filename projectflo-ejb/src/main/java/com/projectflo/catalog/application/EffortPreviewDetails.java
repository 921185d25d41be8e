package com.projectflo.catalog.application;

import com.projectflo.catalog.model.PricingType;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The effort and pricing fields of an unsaved task template, and the target length (minutes, null
 * counts as 0) to estimate them for.
 */
public record EffortPreviewDetails(
    JsonValue effortCalculationRules,
    @DecimalMin("0") BigDecimal effortHours,
    @NotNull PricingType pricingType,
    @DecimalMin("0") BigDecimal fixedPrice,
    @DecimalMin("0") BigDecimal hourlyRate,
    @DecimalMin("0") BigDecimal targetMinutes) {}
