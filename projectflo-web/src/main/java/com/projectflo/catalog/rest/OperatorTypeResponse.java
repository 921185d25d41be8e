package com.projectflo.catalog.rest;

import com.projectflo.catalog.model.OperatorType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An operator type; {@code version} is also the ETag. */
@Schema(name = "OperatorType")
public record OperatorTypeResponse(
    int id,
    String name,
    @Schema(enumeration = {"Hourly", "Fixed"}) String pricingType,
    BigDecimal defaultHourlyRate,
    BigDecimal defaultFixedPrice,
    boolean active,
    long version) {

  static OperatorTypeResponse of(OperatorType type) {
    return new OperatorTypeResponse(
        type.getId(),
        type.getName(),
        type.getPricingType().label(),
        type.getDefaultHourlyRate(),
        type.getDefaultFixedPrice(),
        type.isActive(),
        type.getVersion());
  }
}
