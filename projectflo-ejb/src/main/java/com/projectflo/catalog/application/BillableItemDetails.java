package com.projectflo.catalog.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.catalog.model.BillableItemPricingType;
import com.projectflo.platform.application.DecimalLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The editable fields of a billable item. {@code active} null: active on creation, unchanged on a
 * replace. Text is trimmed, blank text becomes null.
 */
public record BillableItemDetails(
    @NotBlank @Size(max = 255) String name,
    @Size(max = 10_000) String description,
    @Size(max = 255) String category,
    @NotNull @DecimalLimit(integer = 8) BigDecimal price,
    @NotNull BillableItemPricingType pricingType,
    Boolean active) {

  public BillableItemDetails {
    name = trimToNull(name);
    description = trimToNull(description);
    category = trimToNull(category);
  }
}
