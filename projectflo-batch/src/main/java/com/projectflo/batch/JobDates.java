package com.projectflo.batch;

import java.time.LocalDate;

/** The {@code asOf} job parameter (the service that starts jobs always sets it). */
public final class JobDates {

  private JobDates() {}

  public static LocalDate asOf(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The job parameter asOf (YYYY-MM-DD) is required");
    }
    return LocalDate.parse(value.strip());
  }
}
