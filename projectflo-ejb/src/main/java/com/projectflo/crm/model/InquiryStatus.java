package com.projectflo.crm.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code inquiries_status}: stages of an inquiry in the sales process. */
public enum InquiryStatus implements LabeledEnum {
  NEW("New"),
  CONTACTED("Contacted"),
  PROPOSAL_SENT("Proposal Sent"),
  BOOKED("Booked"),
  CLOSED_LOST("Closed-Lost");

  private final String label;

  InquiryStatus(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<InquiryStatus>
      implements AttributeConverter<InquiryStatus, String> {
    public DbConverter() {
      super(InquiryStatus.class);
    }
  }
}
