package com.projectflo.ledger.model;

import com.projectflo.platform.persistence.LabeledEnum;
import com.projectflo.platform.persistence.LabeledEnumConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** PostgreSQL enum {@code change_order_status}: approval status of a change order. */
public enum ChangeOrderStatus implements LabeledEnum {
  PENDING_APPROVAL("Pending Approval"),
  APPROVED("Approved"),
  REJECTED("Rejected");

  private final String label;

  ChangeOrderStatus(String label) {
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
  public static class DbConverter extends LabeledEnumConverter<ChangeOrderStatus>
      implements AttributeConverter<ChangeOrderStatus, String> {
    public DbConverter() {
      super(ChangeOrderStatus.class);
    }
  }
}
