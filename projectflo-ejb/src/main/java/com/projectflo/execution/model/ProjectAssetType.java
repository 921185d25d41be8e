package com.projectflo.execution.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code project_asset_type}: kinds of file attached to a project. */
public enum ProjectAssetType implements LabeledEnum {
  RAW_FOOTAGE("Raw Footage"),
  AUDIO_FILE("Audio File"),
  PROJECT_FILE("Project File"),
  EXPORT("Export");

  private final String label;

  ProjectAssetType(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<ProjectAssetType>
      implements AttributeConverter<ProjectAssetType, String> {
    public DbConverter() {
      super(ProjectAssetType.class);
    }
  }
}
