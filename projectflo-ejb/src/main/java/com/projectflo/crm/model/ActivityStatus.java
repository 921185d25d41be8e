package com.projectflo.crm.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code activity_status}: whether an activity is still to be done. */
public enum ActivityStatus implements LabeledEnum {
  PENDING("Pending"),
  COMPLETED("Completed");

  private final String label;

  ActivityStatus(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<ActivityStatus>
      implements AttributeConverter<ActivityStatus, String> {
    public DbConverter() {
      super(ActivityStatus.class);
    }
  }
}
