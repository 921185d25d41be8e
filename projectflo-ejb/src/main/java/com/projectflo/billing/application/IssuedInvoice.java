package com.projectflo.billing.application;

/** The invoice of an installment, and whether this call issued it (false: it already existed). */
public record IssuedInvoice(InvoiceView view, boolean created) {}
