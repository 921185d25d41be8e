package com.projectflo.batch.invoicing;

import com.projectflo.batch.JobDates;
import com.projectflo.batch.SystemCaller;
import com.projectflo.billing.application.PaymentReminderRun;
import com.projectflo.billing.application.PaymentReminderService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Sends the payment reminders of {@code asOf} (7 days before due, on the due date, 2 days after)
 * that were not sent yet; the exit status says how many.
 */
@Named
@Dependent
public class PaymentRemindersBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "asOf")
  String asOf;

  @Inject private SystemCaller system;

  @Inject private PaymentReminderService reminders;

  @Override
  public String process() {
    PaymentReminderRun run = system.call(() -> reminders.sendPaymentReminders(JobDates.asOf(asOf)));
    return "REMINDERS_SENT=" + run.total();
  }
}
