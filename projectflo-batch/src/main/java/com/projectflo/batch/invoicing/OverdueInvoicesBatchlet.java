package com.projectflo.batch.invoicing;

import com.projectflo.batch.JobDates;
import com.projectflo.batch.SystemCaller;
import com.projectflo.billing.application.InvoiceService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the unpaid invoices due before {@code asOf} Overdue; the exit status says how many. */
@Named
@Dependent
public class OverdueInvoicesBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "asOf")
  String asOf;

  @Inject private SystemCaller system;

  @Inject private InvoiceService invoices;

  @Override
  public String process() {
    int marked = system.call(() -> invoices.markOverdue(JobDates.asOf(asOf)));
    return "MARKED_OVERDUE=" + marked;
  }
}
