package com.projectflo.catalog.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.catalog.model.PricingType;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The editable fields of a task template. {@code effortCalculationRules} is checked by {@link
 * com.projectflo.catalog.model.EffortRules#parse}; an Hourly template needs {@code hourlyRate}, a
 * Fixed one {@code fixedPrice}. {@code active} null: active on creation, unchanged on a replace.
 */
public record TaskTemplateDetails(
    @NotBlank @Size(max = 255) String name,
    @Size(max = 255) String phase,
    @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal effortHours,
    JsonValue effortCalculationRules,
    @NotNull PricingType pricingType,
    @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal fixedPrice,
    @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal hourlyRate,
    @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal averageDurationHours,
    Boolean active) {

  public TaskTemplateDetails {
    name = trimToNull(name);
    phase = trimToNull(phase);
  }
}
