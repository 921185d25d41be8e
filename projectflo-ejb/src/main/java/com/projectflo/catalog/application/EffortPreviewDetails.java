package com.projectflo.catalog.application;

import com.projectflo.catalog.model.PricingType;
import com.projectflo.platform.application.DecimalLimit;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The effort and pricing fields of an unsaved task template, and the target length (minutes, null
 * counts as 0) to estimate them for.
 */
public record EffortPreviewDetails(
    JsonValue effortCalculationRules,
    @DecimalLimit(integer = 6) BigDecimal effortHours,
    @NotNull PricingType pricingType,
    @DecimalLimit(integer = 8) BigDecimal fixedPrice,
    @DecimalLimit(integer = 6) BigDecimal hourlyRate,
    @DecimalLimit(integer = 6) BigDecimal targetMinutes) {}
