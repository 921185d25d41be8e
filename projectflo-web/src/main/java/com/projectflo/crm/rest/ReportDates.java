package com.projectflo.crm.rest;

import com.projectflo.crm.application.ReportPeriod;
import com.projectflo.platform.rest.InputErrors;
import java.time.LocalDate;

/** The {@code from} and {@code to} query parameters of a report: ISO days, both required. */
final class ReportDates {

  private ReportDates() {}

  static ReportPeriod period(String from, String to) {
    InputErrors errors = new InputErrors();
    LocalDate start = errors.requiredDate("from", from);
    LocalDate end = errors.requiredDate("to", to);
    errors.throwIfAny();
    return new ReportPeriod(start, end);
  }
}
