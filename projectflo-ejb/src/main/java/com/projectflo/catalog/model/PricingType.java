package com.projectflo.catalog.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * PostgreSQL enum {@code pricing_type_options}: pricing models of operator types and task
 * templates.
 */
public enum PricingType implements LabeledEnum {
  HOURLY("Hourly"),
  FIXED("Fixed");

  private final String label;

  PricingType(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<PricingType>
      implements AttributeConverter<PricingType, String> {
    public DbConverter() {
      super(PricingType.class);
    }
  }
}
