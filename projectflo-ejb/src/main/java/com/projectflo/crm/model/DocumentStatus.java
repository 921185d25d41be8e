package com.projectflo.crm.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code document_status}: status of a stored document. */
public enum DocumentStatus implements LabeledEnum {
  ACTIVE("Active"),
  ARCHIVED("Archived");

  private final String label;

  DocumentStatus(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<DocumentStatus>
      implements AttributeConverter<DocumentStatus, String> {
    public DbConverter() {
      super(DocumentStatus.class);
    }
  }
}
