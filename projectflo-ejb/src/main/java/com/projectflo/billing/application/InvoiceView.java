package com.projectflo.billing.application;

import com.projectflo.billing.model.Invoice;
import com.projectflo.billing.model.Payment;
import java.util.List;

/** An invoice with the installment it bills (null when none) and its payments, oldest first. */
public record InvoiceView(Invoice invoice, Integer installmentId, List<Payment> payments) {

  public InvoiceView {
    payments = List.copyOf(payments);
  }
}
