package com.projectflo.ledger.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code discount_type_enum}: kind of discount a change order applies. */
public enum DiscountType implements LabeledEnum {
  PERCENTAGE("Percentage"),
  FIXED("Fixed");

  private final String label;

  DiscountType(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<DiscountType>
      implements AttributeConverter<DiscountType, String> {
    public DbConverter() {
      super(DiscountType.class);
    }
  }
}
