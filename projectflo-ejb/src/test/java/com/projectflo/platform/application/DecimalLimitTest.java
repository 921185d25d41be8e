package com.projectflo.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.ledger.application.LineOperation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DecimalLimit}: what fits a NUMERIC column and its minimum, with a message naming both. */
class DecimalLimitTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  record Amounts(
      @DecimalLimit(integer = 8) BigDecimal price,
      @DecimalLimit(integer = 4, minExclusive = true) BigDecimal hours) {}

  private static List<String> problems(String price, String hours) {
    return VALIDATOR
        .validate(
            new Amounts(
                price == null ? null : new BigDecimal(price),
                hours == null ? null : new BigDecimal(hours)))
        .stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .sorted()
        .toList();
  }

  @Test
  void valuesWithinTheColumnAndItsMinimumPass() {
    assertThat(problems("0", "0.01")).isEmpty();
    assertThat(problems("99999999.99", "9999.99")).isEmpty();
    assertThat(problems("12.50", "1.500")).as("trailing zeros are not decimals").isEmpty();
    assertThat(problems("1E+3", null)).isEmpty();
    assertThat(problems(null, null)).isEmpty();
  }

  @Test
  void valuesBeyondTheColumnBelowTheMinimumOrTooPreciseFailNamingTheBounds() {
    assertThat(problems("100000000", "10000"))
        .containsExactly(
            "hours must be above 0 and at most 9999.99, at most 2 decimals",
            "price must be between 0 and 99999999.99, at most 2 decimals");
    assertThat(problems("-0.01", "0")).hasSize(2);
    assertThat(problems("1.001", "1.005")).hasSize(2);
  }

  @Test
  void lineOperationsAreBoundedByTheirColumns() {
    LineOperation tooMuch =
        new LineOperation(
            LineOperation.Kind.ADD_COVERAGE,
            null,
            1,
            1,
            10_001,
            new BigDecimal("10000"),
            null,
            null,
            new BigDecimal("1000000"),
            null,
            null,
            null);
    assertThat(VALIDATOR.validate(tooMuch))
        .extracting(ConstraintViolation::getPropertyPath)
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("quantity", "hours", "targetMinutes");
    assertThat(DecimalLimits.MAX_AMOUNT).isEqualByComparingTo("99999999.99");
  }
}
