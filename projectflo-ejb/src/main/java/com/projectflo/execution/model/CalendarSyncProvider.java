package com.projectflo.execution.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code calendar_sync_provider}: external calendar providers. */
public enum CalendarSyncProvider implements LabeledEnum {
  GOOGLE("Google");

  private final String label;

  CalendarSyncProvider(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<CalendarSyncProvider>
      implements AttributeConverter<CalendarSyncProvider, String> {
    public DbConverter() {
      super(CalendarSyncProvider.class);
    }
  }
}
