package com.projectflo.execution.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code calendar_event_type}: kinds of calendar event. */
public enum CalendarEventType implements LabeledEnum {
  PROJECT_ASSIGNMENT("PROJECT_ASSIGNMENT"),
  ABSENCE("ABSENCE"),
  HOLIDAY("HOLIDAY"),
  EXTERNAL_SYNC("EXTERNAL_SYNC"),
  PERSONAL("PERSONAL");

  private final String label;

  CalendarEventType(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<CalendarEventType>
      implements AttributeConverter<CalendarEventType, String> {
    public DbConverter() {
      super(CalendarEventType.class);
    }
  }
}
