package com.projectflo.crm.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code contacts_type}. */
public enum ContactType implements LabeledEnum {
  CLIENT_LEAD("Client Lead"),
  CLIENT("Client"),
  CONTRIBUTOR("Contributor"),
  VENDOR("Vendor");

  private final String label;

  ContactType(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<ContactType>
      implements AttributeConverter<ContactType, String> {
    public DbConverter() {
      super(ContactType.class);
    }
  }
}
