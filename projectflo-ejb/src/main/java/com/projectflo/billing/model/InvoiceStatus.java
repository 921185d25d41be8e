package com.projectflo.billing.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code invoices.status}: a VARCHAR constrained by {@code ck_invoices_status} (not a PostgreSQL
 * enum type, hence not a LabeledEnum). Void stays last: the mapping test samples the last constant.
 */
public enum InvoiceStatus {
  DRAFT("Draft"),
  ISSUED("Issued"),
  PARTIALLY_PAID("Partially Paid"),
  PAID("Paid"),
  OVERDUE("Overdue"),
  VOID("Void");

  private final String label;

  InvoiceStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<InvoiceStatus> fromLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(InvoiceStatus::label).toList();
  }

  /** Stores the label. */
  @Converter
  public static class DbConverter implements AttributeConverter<InvoiceStatus, String> {
    @Override
    public String convertToDatabaseColumn(InvoiceStatus status) {
      return status == null ? null : status.label;
    }

    @Override
    public InvoiceStatus convertToEntityAttribute(String label) {
      return label == null
          ? null
          : fromLabel(label)
              .orElseThrow(() -> new IllegalStateException("Unknown invoice status " + label));
    }
  }
}
