package com.projectflo.crm.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code activity_type}: kinds of activity that can be logged. */
public enum ActivityType implements LabeledEnum {
  CALL("Call"),
  EMAIL("Email"),
  MEETING("Meeting"),
  TO_DO("To-Do");

  private final String label;

  ActivityType(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<ActivityType>
      implements AttributeConverter<ActivityType, String> {
    public DbConverter() {
      super(ActivityType.class);
    }
  }
}
