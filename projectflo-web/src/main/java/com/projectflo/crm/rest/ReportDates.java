package com.projectflo.crm.rest;

import com.projectflo.crm.application.ReportPeriod;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The {@code from} and {@code to} query parameters of a report: ISO days, both required. */
final class ReportDates {

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private ReportDates() {}

  static ReportPeriod period(String from, String to) {
    List<FieldViolation> errors = new ArrayList<>();
    LocalDate start = day("from", from, errors);
    LocalDate end = day("to", to, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ReportPeriod(start, end);
  }

  private static LocalDate day(String name, String value, List<FieldViolation> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldViolation(name, "is required (a day such as 2031-04-30)"));
      return null;
    }
    String day = value.strip();
    try {
      if (DAY.matcher(day).matches()) {
        return LocalDate.parse(day);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    errors.add(new FieldViolation(name, "must be a day such as 2031-04-30"));
    return null;
  }
}
