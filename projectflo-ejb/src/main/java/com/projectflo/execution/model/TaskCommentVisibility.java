package com.projectflo.execution.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code task_comment_visibility}: who may read a task comment. */
public enum TaskCommentVisibility implements LabeledEnum {
  INTERNAL("Internal"),
  CLIENT_VISIBLE("Client-Visible");

  private final String label;

  TaskCommentVisibility(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<TaskCommentVisibility>
      implements AttributeConverter<TaskCommentVisibility, String> {
    public DbConverter() {
      super(TaskCommentVisibility.class);
    }
  }
}
