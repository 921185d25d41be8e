package com.projectflo.catalog.application;

import com.projectflo.catalog.model.BillableItem;
import com.projectflo.catalog.model.BillableItemPricingType;
import com.projectflo.catalog.model.CatalogEntry;
import com.projectflo.catalog.model.CatalogItem;
import com.projectflo.catalog.model.OperatorType;
import com.projectflo.catalog.model.PricingType;
import com.projectflo.catalog.model.TaskTemplate;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/** The audited state of each kind of catalog entry. */
final class CatalogStates {

  private CatalogStates() {}

  static Record of(CatalogItem item) {
    if (item instanceof CatalogEntry entry) {
      return new EntryState(entry.getName(), entry.getDescription(), entry.isActive());
    }
    if (item instanceof OperatorType type) {
      return new OperatorTypeState(
          type.getName(),
          type.getPricingType(),
          type.getDefaultHourlyRate(),
          type.getDefaultFixedPrice(),
          type.isActive());
    }
    if (item instanceof BillableItem billable) {
      return new BillableItemState(
          billable.getName(),
          billable.getDescription(),
          billable.getCategory(),
          billable.getPrice(),
          billable.getPricingType(),
          billable.isActive());
    }
    TaskTemplate template = (TaskTemplate) item;
    return new TaskTemplateState(
        template.getName(),
        template.getPhase(),
        template.getEffortHours(),
        template.getEffortCalculationRules(),
        template.getPricingType(),
        template.getFixedPrice(),
        template.getHourlyRate(),
        template.getAverageDurationHours(),
        template.isActive());
  }

  record EntryState(String name, String description, boolean active) {}

  record OperatorTypeState(
      String name,
      PricingType pricingType,
      BigDecimal defaultHourlyRate,
      BigDecimal defaultFixedPrice,
      boolean active) {}

  record BillableItemState(
      String name,
      String description,
      String category,
      BigDecimal price,
      BillableItemPricingType pricingType,
      boolean active) {}

  record TaskTemplateState(
      String name,
      String phase,
      BigDecimal effortHours,
      JsonValue effortCalculationRules,
      PricingType pricingType,
      BigDecimal fixedPrice,
      BigDecimal hourlyRate,
      BigDecimal averageDurationHours,
      boolean active) {}
}
