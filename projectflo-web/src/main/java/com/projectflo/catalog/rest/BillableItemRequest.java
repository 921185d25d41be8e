package com.projectflo.catalog.rest;

import com.projectflo.catalog.application.BillableItemDetails;
import com.projectflo.catalog.model.BillableItemPricingType;
import com.projectflo.platform.rest.InputErrors;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST and PUT /api/catalog/billable-items. */
@Schema(name = "BillableItemRequest")
public record BillableItemRequest(
    @Schema(required = true, maxLength = 255, description = "Unique, ignoring case") String name,
    String description,
    @Schema(maxLength = 255) String category,
    @Schema(required = true, description = "≥ 0", example = "150.00") BigDecimal price,
    @Schema(
            required = true,
            enumeration = {"Fixed", "Unit"})
        String pricingType,
    @Schema(description = "Offered for new builds; default true, unchanged on a replace")
        Boolean active) {

  BillableItemDetails toDetails(InputErrors errors) {
    return new BillableItemDetails(
        name,
        description,
        category,
        price,
        errors.label("pricingType", pricingType, BillableItemPricingType.class),
        active);
  }
}
