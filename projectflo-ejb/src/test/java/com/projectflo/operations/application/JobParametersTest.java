package com.projectflo.operations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobParametersTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  @Test
  void missingParametersTakeTheirDefaults() {
    assertThat(JobParameters.complete(BatchJob.INVOICING, Map.of(), TODAY, false))
        .containsExactly(Map.entry("asOf", "2026-12-03"), Map.entry("chunkSize", "100"));
    assertThat(JobParameters.complete(BatchJob.BENCHMARKS, Map.of(), TODAY, false))
        .containsExactly(Map.entry("partitions", "2"));
  }

  @Test
  void givenParametersAreKeptTrimmed() {
    assertThat(
            JobParameters.complete(
                BatchJob.INVOICING,
                Map.of("asOf", " 2025-01-31 ", "chunkSize", "1000"),
                TODAY,
                false))
        .containsEntry("asOf", "2025-01-31")
        .containsEntry("chunkSize", "1000");
  }

  @Test
  void everyBadParameterIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                JobParameters.complete(
                    BatchJob.INVOICING,
                    Map.of("asOf", "tomorrow", "chunkSize", "1001", "colour", "red"),
                    TODAY,
                    false))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).violations())
        .asList()
        .extracting(v -> ((FieldViolation) v).field())
        .containsExactly("parameters.asOf", "parameters.chunkSize", "parameters.colour");
  }

  @Test
  void aRunDateMayBeTodayOrPastButNotInTheFuture() {
    assertThat(
            JobParameters.complete(BatchJob.INVOICING, Map.of("asOf", "2026-12-03"), TODAY, false))
        .containsEntry("asOf", "2026-12-03");
    assertThatThrownBy(
            () ->
                JobParameters.complete(
                    BatchJob.INVOICING, Map.of("asOf", "2026-12-04"), TODAY, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("parameters.asOf")
        .extracting(e -> ((InvalidInputException) e).violations())
        .asList()
        .extracting(v -> ((FieldViolation) v).message())
        .containsExactly("must not be after today (2026-12-03 in the batch time zone)");
  }

  @Test
  void aRunDateHasAFourDigitYear() {
    for (String bad : new String[] {"-999999999-01-01", "0000-12-31", "+10000-01-01"}) {
      assertThatThrownBy(
              () -> JobParameters.complete(BatchJob.INVOICING, Map.of("asOf", bad), TODAY, false))
          .as(bad)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("parameters.asOf");
    }
  }

  @Test
  void numbersMustBeWholeAndWithinBounds() {
    for (String bad : new String[] {"0", "17", "2.5", "two", " "}) {
      assertThatThrownBy(
              () ->
                  JobParameters.complete(
                      BatchJob.BENCHMARKS, Map.of("partitions", bad), TODAY, false))
          .as(bad)
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void testOnlyParametersNeedFaultInjectionSwitchedOn() {
    Map<String, String> fault = Map.of("failAfterItems", "5", "holdMillis", "100");

    assertThatThrownBy(() -> JobParameters.complete(BatchJob.INVOICING, fault, TODAY, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("parameters.failAfterItems")
        .hasMessageContaining("parameters.holdMillis");
    assertThat(JobParameters.complete(BatchJob.INVOICING, fault, TODAY, true))
        .containsEntry("failAfterItems", "5")
        .containsEntry("holdMillis", "100")
        .doesNotContainKey("failAfterItem");
    assertThatThrownBy(
            () ->
                JobParameters.complete(
                    BatchJob.BENCHMARKS, Map.of("failAfterItems", "5"), TODAY, true))
        .as("the invoicing job's only")
        .isInstanceOf(InvalidInputException.class);
  }
}
