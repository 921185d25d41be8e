package com.projectflo.execution.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * PostgreSQL enum {@code calendar_sync_status}: state of the synchronisation with an external
 * calendar.
 */
public enum CalendarSyncStatus implements LabeledEnum {
  ACTIVE("Active"),
  ERROR("Error"),
  DISABLED("Disabled");

  private final String label;

  CalendarSyncStatus(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<CalendarSyncStatus>
      implements AttributeConverter<CalendarSyncStatus, String> {
    public DbConverter() {
      super(CalendarSyncStatus.class);
    }
  }
}
