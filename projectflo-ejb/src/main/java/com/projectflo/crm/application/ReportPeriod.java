package com.projectflo.crm.application;

import com.projectflo.platform.application.InvalidInputException;
import java.time.LocalDate;

/** The whole days a report covers, both inclusive (UTC days for time stamps). */
public record ReportPeriod(LocalDate from, LocalDate to) {

  public ReportPeriod {
    if (from == null) {
      throw new InvalidInputException("from", "is required");
    }
    if (to == null) {
      throw new InvalidInputException("to", "is required");
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from (" + from + ")");
    }
  }
}
