package com.projectflo.operations.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A parameter a job accepts: a date up to today (default: today in the batch time zone) or an
 * integer within bounds (default given). {@link #check} answers the problem with a value, if any.
 */
public record JobParameter(
    String name, Kind kind, int min, int max, Integer defaultValue, String description) {

  /** The types of value a parameter takes. */
  public enum Kind {
    DATE,
    INTEGER
  }

  static JobParameter date(String name, String description) {
    return new JobParameter(name, Kind.DATE, 0, 0, null, description);
  }

  static JobParameter integer(String name, int min, int max, Integer dflt, String description) {
    return new JobParameter(name, Kind.INTEGER, min, max, dflt, description);
  }

  /** The value used when the parameter is not given; empty when it has none. */
  Optional<String> defaultFor(LocalDate today) {
    return switch (kind) {
      case DATE -> Optional.of(today.toString());
      case INTEGER -> Optional.ofNullable(defaultValue).map(String::valueOf);
    };
  }

  /**
   * Why {@code value} is refused, or empty when it is fine. A date may not be after {@code today}:
   * a run for a day that has not come would issue its invoices early, irrevocably.
   */
  Optional<String> check(String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      return Optional.of("must not be empty");
    }
    switch (kind) {
      case DATE -> {
        try {
          LocalDate day = LocalDate.parse(value.strip());
          if (day.getYear() < 1 || day.getYear() > 9999) {
            return Optional.of("must be a date YYYY-MM-DD"); // beyond what PostgreSQL stores
          }
          return day.isAfter(today)
              ? Optional.of("must not be after today (" + today + " in the batch time zone)")
              : Optional.empty();
        } catch (DateTimeParseException e) {
          return Optional.of("must be a date YYYY-MM-DD");
        }
      }
      case INTEGER -> {
        try {
          int number = Integer.parseInt(value.strip());
          return number < min || number > max
              ? Optional.of("must be between " + min + " and " + max)
              : Optional.empty();
        } catch (NumberFormatException e) {
          return Optional.of("must be a whole number between " + min + " and " + max);
        }
      }
      default -> throw new IllegalStateException(kind.name());
    }
  }
}
