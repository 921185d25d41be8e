package com.projectflo.billing.application;

import java.time.LocalDate;

/** The payment reminders one run sent for a day (those already sent that day are not counted). */
public record PaymentReminderRun(LocalDate day, int dueSoon, int dueToday, int overdue) {

  public int total() {
    return dueSoon + dueToday + overdue;
  }
}
