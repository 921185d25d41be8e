package com.projectflo.batch.invoicing;

import com.projectflo.batch.JobDates;
import com.projectflo.batch.SystemCaller;
import com.projectflo.batch.TransientFailure;
import com.projectflo.billing.application.DueInstallment;
import com.projectflo.billing.application.InvoiceService;
import com.projectflo.billing.application.InvoicingRun;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Issues the invoices of a chunk of due installments in the chunk's transaction, dated {@code
 * asOf}: the installments are row-locked and checked again, and their numbers are taken from the
 * year's counter in one step, so a rolled-back chunk gives its numbers back (no gap) and an
 * installment invoiced meanwhile is left alone (no duplicate).
 */
@Named
@Dependent
public class InvoiceIssueWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "asOf")
  String asOf;

  /** Test-only (accepted when projectflo.batch.fault-injection is on); see {@link Fault}. */
  @Inject
  @BatchProperty(name = "failAfterItems")
  String failAfterItems;

  @Inject private SystemCaller system;

  @Inject private InvoiceService invoices;

  private LocalDate day;
  private Fault fault;

  @Override
  public void open(Serializable checkpoint) {
    day = JobDates.asOf(asOf);
    fault = Fault.after(failAfterItems);
  }

  @Override
  public void writeItems(List<Object> items) {
    List<Integer> ids =
        items.stream().map(item -> ((DueInstallment) item).installmentId()).toList();
    InvoicingRun run;
    try {
      run = system.call(() -> invoices.issueDueInstallments(ids, day));
    } catch (RuntimeException e) {
      throw TransientFailure.classify(e);
    }
    fault.count(run.issuedInvoiceIds().size());
  }
}
