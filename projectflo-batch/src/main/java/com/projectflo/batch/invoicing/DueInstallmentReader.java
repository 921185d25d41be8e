package com.projectflo.batch.invoicing;

import com.projectflo.batch.JobDates;
import com.projectflo.batch.SystemCaller;
import com.projectflo.batch.TransientFailure;
import com.projectflo.billing.application.DueInstallment;
import com.projectflo.billing.application.InvoiceService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the installments due by {@code asOf} and not invoiced, in id order, a page at a time. The
 * checkpoint is the last id handed out; a restart reads on from there. Installments invoiced
 * meanwhile drop out of the query, so even a restart from the beginning would issue nothing twice.
 */
@Named
@Dependent
public class DueInstallmentReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "asOf")
  String asOf;

  @Inject
  @BatchProperty(name = "pageSize")
  String pageSize;

  /** Test-only (accepted when projectflo.batch.fault-injection is on). */
  @Inject
  @BatchProperty(name = "holdMillis")
  String holdMillis;

  @Inject private JobContext job;

  @Inject private SystemCaller system;

  @Inject private InvoiceService invoices;

  private final Deque<DueInstallment> page = new ArrayDeque<>();
  private LocalDate day;
  private int lastRead;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    day = JobDates.asOf(asOf);
    lastRead = checkpoint instanceof InstallmentCheckpoint c ? c.lastInstallmentId() : 0;
    page.clear();
    exhausted = false;
    hold();
  }

  /** Waits {@code holdMillis} (test only), or less when the execution is being stopped. */
  private void hold() {
    if (holdMillis == null || holdMillis.isBlank()) {
      return;
    }
    long until = System.currentTimeMillis() + Long.parseLong(holdMillis.strip());
    try {
      while (System.currentTimeMillis() < until && job.getBatchStatus() != BatchStatus.STOPPING) {
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      int size = pageSize == null || pageSize.isBlank() ? 500 : Integer.parseInt(pageSize.strip());
      try {
        page.addAll(system.call(() -> invoices.dueInstallments(day, lastRead, size)));
      } catch (RuntimeException e) {
        throw TransientFailure.classify(e);
      }
      exhausted = page.size() < size;
    }
    DueInstallment next = page.poll();
    if (next != null) {
      lastRead = next.installmentId();
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return new InstallmentCheckpoint(lastRead);
  }
}
