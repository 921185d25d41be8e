package com.projectflo.catalog.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code billable_item_pricing_type}: how a billable item is priced. */
public enum BillableItemPricingType implements LabeledEnum {
  FIXED("Fixed"),
  UNIT("Unit");

  private final String label;

  BillableItemPricingType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Named by {@code @Convert} on each attribute. It re-declares AttributeConverter because
   * EclipseLink reads the column type from the converter's own generic interface.
   */
  @Converter
  public static class DbConverter extends LabeledEnumConverter<BillableItemPricingType>
      implements AttributeConverter<BillableItemPricingType, String> {
    public DbConverter() {
      super(BillableItemPricingType.class);
    }
  }
}
