package com.projectflo.catalog.rest;

import com.projectflo.catalog.application.OperatorTypeDetails;
import com.projectflo.catalog.model.PricingType;
import com.projectflo.platform.rest.InputErrors;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST and PUT /api/catalog/operator-types. */
@Schema(name = "OperatorTypeRequest")
public record OperatorTypeRequest(
    @Schema(required = true, maxLength = 255, description = "Unique, ignoring case") String name,
    @Schema(
            required = true,
            enumeration = {"Hourly", "Fixed"})
        String pricingType,
    @Schema(description = "Required when Hourly; ≥ 0", example = "85.00")
        BigDecimal defaultHourlyRate,
    @Schema(description = "Required when Fixed; ≥ 0", example = "600.00")
        BigDecimal defaultFixedPrice,
    @Schema(description = "Offered for new builds; default true, unchanged on a replace")
        Boolean active) {

  OperatorTypeDetails toDetails(InputErrors errors) {
    return new OperatorTypeDetails(
        name,
        errors.label("pricingType", pricingType, PricingType.class),
        defaultHourlyRate,
        defaultFixedPrice,
        active);
  }
}
