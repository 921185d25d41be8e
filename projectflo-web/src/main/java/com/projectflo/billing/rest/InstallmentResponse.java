package com.projectflo.billing.rest;

import com.projectflo.billing.model.Invoice;
import com.projectflo.billing.model.PaymentInstallment;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One installment of a payment schedule; the invoice fields are absent until it is invoiced. */
public record InstallmentResponse(
    int id,
    int sequence,
    String label,
    LocalDate dueDate,
    BigDecimal amount,
    Integer invoiceId,
    String invoiceNumber,
    String invoiceStatus) {

  static InstallmentResponse of(PaymentInstallment installment) {
    Invoice invoice = installment.getInvoice();
    return new InstallmentResponse(
        installment.getId(),
        installment.getSequence(),
        installment.getLabel(),
        installment.getDueDate(),
        installment.getAmount(),
        invoice == null ? null : invoice.getId(),
        invoice == null ? null : invoice.getInvoiceNumber(),
        invoice == null ? null : invoice.getStatus().label());
  }
}
