package com.projectflo.billing.rest;

import com.projectflo.billing.application.InvoiceView;
import com.projectflo.billing.model.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An invoice. Lists leave out {@code installmentId} and {@code payments}; a negative total is a
 * credit note.
 */
public record InvoiceResponse(
    int id,
    String invoiceNumber,
    String status,
    int projectId,
    Integer clientId,
    Integer installmentId,
    LocalDate issueDate,
    LocalDate dueDate,
    BigDecimal totalAmount,
    BigDecimal amountPaid,
    BigDecimal outstanding,
    String voidReason,
    OffsetDateTime voidedAt,
    long version,
    List<PaymentResponse> payments) {

  static InvoiceResponse of(InvoiceView view) {
    return of(
        view.invoice(),
        view.installmentId(),
        view.payments().stream().map(PaymentResponse::of).toList());
  }

  static InvoiceResponse summary(Invoice invoice) {
    return of(invoice, null, null);
  }

  private static InvoiceResponse of(
      Invoice invoice, Integer installmentId, List<PaymentResponse> payments) {
    return new InvoiceResponse(
        invoice.getId(),
        invoice.getInvoiceNumber(),
        invoice.getStatus() == null ? null : invoice.getStatus().label(),
        invoice.getProject().getId(),
        invoice.getProject().getClient() == null ? null : invoice.getProject().getClient().getId(),
        installmentId,
        invoice.getIssueDate(),
        invoice.getDueDate(),
        invoice.getTotalAmount(),
        invoice.getAmountPaid(),
        invoice.outstanding(),
        invoice.getVoidReason(),
        invoice.getVoidedAt(),
        invoice.getVersion(),
        payments);
  }
}
