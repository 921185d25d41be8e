package com.projectflo.identity.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code contributors_type}: classification of contributors. */
public enum ContributorType implements LabeledEnum {
  INTERNAL("Internal"),
  EXTERNAL("External"),
  FREELANCE("Freelance");

  private final String label;

  ContributorType(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<ContributorType>
      implements AttributeConverter<ContributorType, String> {
    public DbConverter() {
      super(ContributorType.class);
    }
  }
}
