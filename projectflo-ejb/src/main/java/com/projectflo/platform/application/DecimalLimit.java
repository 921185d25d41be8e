package com.projectflo.platform.application;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A number that fits its {@code NUMERIC(integer + fraction, fraction)} column and is not below
 * {@code min} (above it when {@code minExclusive}): what a quantity, hours, minutes, rate, price or
 * amount of the API must be, so that bad input is a 400 naming the field and never a database
 * error. Null is valid (combine with {@code @NotNull}). Checked by {@link DecimalLimitValidator}.
 */
@Documented
@Constraint(validatedBy = DecimalLimitValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface DecimalLimit {

  /** Digits before the decimal point (a {@code NUMERIC(10,2)} column: 8). */
  int integer();

  /** Digits after it (a {@code NUMERIC(10,2)} column: 2). */
  int fraction() default 2;

  /** The least value (default 0: nothing negative). */
  String min() default "0";

  /** Whether {@code min} itself is refused (hours of a line: above 0). */
  boolean minExclusive() default false;

  /** Replaced by a message naming the bounds ("must be between 0 and 999999.99, 2 decimals"). */
  String message() default "is out of range";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
