package com.projectflo.execution.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code tasks_status}: the states a task goes through. */
public enum TaskStatus implements LabeledEnum {
  TO_DO("To-Do"),
  READY_TO_START("Ready to Start"),
  IN_PROGRESS("In Progress"),
  COMPLETED("Completed"),
  ARCHIVED("Archived");

  private final String label;

  TaskStatus(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<TaskStatus>
      implements AttributeConverter<TaskStatus, String> {
    public DbConverter() {
      super(TaskStatus.class);
    }
  }
}
