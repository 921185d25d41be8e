package com.projectflo.platform.rest;

import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.PageRequest;
import com.projectflo.platform.persistence.LabeledEnum;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Collects what is wrong with a request's parameters and body, so that one 400 names every bad
 * field at once. Parameters are parsed by hand because JAX-RS answers 404 for an unconvertible
 * query parameter.
 */
public final class InputErrors {

  private final List<FieldViolation> violations = new ArrayList<>();

  public int integer(String name, String value, int defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      add(name, "must be an integer");
      return defaultValue;
    }
  }

  /** An optional integer parameter: null when absent. */
  public Integer optionalInteger(String name, String value) {
    return value == null || value.isBlank() ? null : integer(name, value, 0);
  }

  public boolean bool(String name, String value, boolean defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        add(name, "must be true or false");
        return defaultValue;
    }
  }

  /** A page request from the {@code limit} and {@code cursor} query parameters. */
  public PageRequest page(String limit, String cursor) {
    return new PageRequest(integer("limit", limit, PageRequest.DEFAULT_LIMIT), cursor);
  }

  /** An RFC 3339 date-time ({@code 2026-06-13T14:30:00Z}); null stays null. */
  public OffsetDateTime dateTime(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      OffsetDateTime parsed = OffsetDateTime.parse(value.strip());
      if (inYearRange(parsed.getYear())) {
        return parsed;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    add(name, "must be an RFC 3339 date-time such as 2026-06-13T14:30:00Z (years 0001 to 9999)");
    return null;
  }

  /** An ISO-8601 calendar date ({@code 2026-06-13}); null stays null. */
  public LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate parsed = LocalDate.parse(value.strip());
      if (inYearRange(parsed.getYear())) {
        return parsed;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    add(name, "must be a date such as 2026-06-13 (years 0001 to 9999)");
    return null;
  }

  /**
   * Four-digit years only, as RFC 3339 writes them: Java accepts years up to ±999,999,999, which
   * PostgreSQL cannot store and date arithmetic overflows.
   */
  private static boolean inYearRange(int year) {
    return year >= 1 && year <= 9999;
  }

  /** A required date: absent or malformed, it is reported. */
  public LocalDate requiredDate(String name, String value) {
    if (value == null || value.isBlank()) {
      add(name, "is required (a date such as 2026-06-13)");
      return null;
    }
    return date(name, value);
  }

  /** A database label ('Client Lead'); null stays null, anything unknown lists the labels. */
  public <E extends Enum<E> & LabeledEnum> E label(String name, String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    return LabeledEnum.fromLabel(type, value)
        .orElseGet(
            () -> {
              add(name, "must be one of " + String.join(", ", LabeledEnum.labels(type)));
              return null;
            });
  }

  /**
   * Adds the Bean Validation violations of {@code value} (except for fields already reported) and
   * throws if anything is wrong; otherwise returns {@code value}.
   */
  public <T> T validated(Validator validator, T value) {
    for (ConstraintViolation<T> violation : validator.validate(value)) {
      String field = ProblemTranslator.fieldOf(violation);
      if (violations.stream().noneMatch(v -> v.field().equals(field))) {
        add(field, violation.getMessage());
      }
    }
    throwIfAny();
    return value;
  }

  public void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(
          violations.stream().sorted(Comparator.comparing(FieldViolation::field)).toList());
    }
  }

  /** Records a bad field found by the caller's own check. */
  public void add(String field, String message) {
    violations.add(new FieldViolation(field, message));
  }

  /**
   * The version an {@code If-Match} header asks for: {@code "3"} or {@code W/"3"}; {@code *} or no
   * header means unconditional (null).
   */
  public static Long ifMatchVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("If-Match", "must be an ETag returned by this API");
    }
  }
}
