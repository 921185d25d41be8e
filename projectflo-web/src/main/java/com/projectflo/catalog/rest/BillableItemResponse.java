package com.projectflo.catalog.rest;

import com.projectflo.catalog.model.BillableItem;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A billable item; {@code version} is also the ETag. */
@Schema(name = "BillableItem")
public record BillableItemResponse(
    int id,
    String name,
    String description,
    String category,
    BigDecimal price,
    @Schema(enumeration = {"Fixed", "Unit"}) String pricingType,
    boolean active,
    long version) {

  static BillableItemResponse of(BillableItem item) {
    return new BillableItemResponse(
        item.getId(),
        item.getName(),
        item.getDescription(),
        item.getCategory(),
        item.getPrice(),
        item.getPricingType().label(),
        item.isActive(),
        item.getVersion());
  }
}
