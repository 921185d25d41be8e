package com.projectflo.catalog.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.catalog.model.PricingType;
import com.projectflo.platform.application.DecimalLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The editable fields of an operator type. An Hourly type needs {@code defaultHourlyRate}, a Fixed
 * one {@code defaultFixedPrice}. {@code active} null: active on creation, unchanged on a replace.
 */
public record OperatorTypeDetails(
    @NotBlank @Size(max = 255) String name,
    @NotNull PricingType pricingType,
    @DecimalLimit(integer = 6) BigDecimal defaultHourlyRate,
    @DecimalLimit(integer = 8) BigDecimal defaultFixedPrice,
    Boolean active) {

  public OperatorTypeDetails {
    name = trimToNull(name);
  }
}
