package com.projectflo.billing.application;

import java.util.List;

/**
 * What one call of the invoicing job's writer did: the invoices it issued, and how many of the
 * installments it was given were no longer due (invoiced meanwhile, or 0.00 after a change order).
 */
public record InvoicingRun(List<Integer> issuedInvoiceIds, int notDue) {

  public InvoicingRun {
    issuedInvoiceIds = List.copyOf(issuedInvoiceIds);
  }
}
