package com.projectflo.ledger.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * PostgreSQL enum {@code builds_status}: where a build stands in the sales and delivery process.
 */
public enum BuildStatus implements LabeledEnum {
  INQUIRY("Inquiry"),
  PROPOSAL_SENT("Proposal Sent"),
  BOOKED("Booked"),
  COMPLETED("Completed"),
  ARCHIVED("Archived");

  private final String label;

  BuildStatus(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<BuildStatus>
      implements AttributeConverter<BuildStatus, String> {
    public DbConverter() {
      super(BuildStatus.class);
    }
  }
}
