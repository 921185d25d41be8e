package com.projectflo.catalog.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.catalog.model.PricingType;
import com.projectflo.platform.application.DecimalLimit;
import jakarta.json.JsonValue;
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
    @DecimalLimit(integer = 6) BigDecimal effortHours,
    JsonValue effortCalculationRules,
    @NotNull PricingType pricingType,
    @DecimalLimit(integer = 8) BigDecimal fixedPrice,
    @DecimalLimit(integer = 6) BigDecimal hourlyRate,
    @DecimalLimit(integer = 6) BigDecimal averageDurationHours,
    Boolean active) {

  public TaskTemplateDetails {
    name = trimToNull(name);
    phase = trimToNull(phase);
  }
}
