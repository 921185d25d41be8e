package com.projectflo.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.projectflo.crm.model.ContactType;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class InputErrorsTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  record Query(@NotNull ContactType type, @Max(200) int limit) {}

  @Test
  void parsesGoodValuesAndDefaultsMissingOnes() {
    InputErrors errors = new InputErrors();

    assertThat(errors.integer("limit", " 20 ", 50)).isEqualTo(20);
    assertThat(errors.integer("limit", null, 50)).isEqualTo(50);
    assertThat(errors.bool("includeArchived", "TRUE", false)).isTrue();
    assertThat(errors.bool("includeArchived", "", false)).isFalse();
    assertThat(errors.label("type", "Client Lead", ContactType.class))
        .isEqualTo(ContactType.CLIENT_LEAD);
    assertThat(errors.label("type", null, ContactType.class)).isNull();
    errors.throwIfAny();
  }

  @Test
  void reportsEveryBadValueAtOnceSortedByField() {
    InputErrors errors = new InputErrors();
    errors.label("type", "Friend", ContactType.class);
    errors.integer("limit", "ten", 50);
    errors.bool("includeArchived", "yes", false);

    assertThatThrownBy(errors::throwIfAny)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new FieldViolation("includeArchived", "must be true or false"),
                        new FieldViolation("limit", "must be an integer"),
                        new FieldViolation(
                            "type", "must be one of Client Lead, Client, Contributor, Vendor")));
  }

  @Test
  void addsBeanValidationViolationsExceptForFieldsAlreadyReported() {
    InputErrors errors = new InputErrors();
    ContactType type = errors.label("type", "Friend", ContactType.class);

    assertThatThrownBy(() -> errors.validated(VALIDATOR, new Query(type, 500)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(FieldViolation::field)
                  .containsExactly("limit", "type");
              assertThat(e.violations().get(1).message()).startsWith("must be one of");
            });
    Query valid = new Query(ContactType.VENDOR, 10);
    assertThat(new InputErrors().validated(VALIDATOR, valid)).isSameAs(valid);
  }

  @Test
  void readsTheVersionOfAnIfMatchHeader() {
    assertThat(InputErrors.ifMatchVersion("\"3\"")).isEqualTo(3L);
    assertThat(InputErrors.ifMatchVersion("W/\"4\"")).isEqualTo(4L);
    assertThat(InputErrors.ifMatchVersion("*")).isNull();
    assertThat(InputErrors.ifMatchVersion(null)).isNull();
    assertThatThrownBy(() -> InputErrors.ifMatchVersion("\"abc\""))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("If-Match"));
  }

  @Test
  void parsesCalendarDatesAndNamesABadOne() {
    InputErrors errors = new InputErrors();

    assertThat(errors.date("weddingDate", " 2027-06-12 "))
        .isEqualTo(java.time.LocalDate.of(2027, 6, 12));
    assertThat(errors.date("weddingDate", "")).isNull();
    errors.throwIfAny();
    assertThat(errors.date("followUpDueDate", "2027-02-30")).isNull();
    assertThatThrownBy(errors::throwIfAny)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new FieldViolation(
                            "followUpDueDate",
                            "must be a date such as 2026-06-13 (years 0001 to 9999)")));
  }

  @Test
  void refusesYearsPostgresqlCannotStore() {
    InputErrors errors = new InputErrors();

    assertThat(errors.date("from", "+999999999-12-31")).isNull();
    assertThat(errors.date("to", "-999999999-01-01")).isNull();
    assertThat(errors.dateTime("startTime", "+10000-01-01T00:00:00Z")).isNull();
    assertThat(errors.date("day", "9999-12-31")).isEqualTo(java.time.LocalDate.of(9999, 12, 31));
    assertThatThrownBy(errors::throwIfAny)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("from", "startTime", "to"));
  }
}
