package com.projectflo.platform.application;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link DecimalLimit}: the bounds, and no more decimals than the column keeps. */
public class DecimalLimitValidator implements ConstraintValidator<DecimalLimit, Number> {

  private BigDecimal min;
  private boolean minExclusive;
  private BigDecimal max;
  private int fraction;
  private String message;

  @Override
  public void initialize(DecimalLimit limit) {
    min = new BigDecimal(limit.min());
    minExclusive = limit.minExclusive();
    fraction = limit.fraction();
    max = DecimalLimits.max(limit.integer(), limit.fraction());
    message = DecimalLimits.message(min, minExclusive, max, fraction);
  }

  @Override
  public boolean isValid(Number value, ConstraintValidatorContext context) {
    if (value == null || DecimalLimits.fits(value, min, minExclusive, max, fraction)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(escaped(message)).addConstraintViolation();
    return false;
  }

  /** The message as a literal template (no parameters, no expressions). */
  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
