package com.projectflo.billing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.projectflo.billing.application.PaymentSchedule.Planned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The split and spreading rules of docs/billing.md, with its worked examples. */
class PaymentScheduleTest {

  private static final PaymentSchedule DEFAULT = PaymentSchedule.parse(PaymentSchedule.DEFAULT);

  @Test
  void theDefaultScheduleSplitsTheWorkedExampleExactly() {
    List<Planned> planned =
        DEFAULT.split(
            new BigDecimal("2350.01"), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 9, 12));

    assertThat(planned)
        .containsExactly(
            new Planned(1, "Retainer", LocalDate.of(2026, 1, 10), new BigDecimal("587.50")),
            new Planned(2, "Second payment", LocalDate.of(2026, 7, 14), new BigDecimal("1175.00")),
            new Planned(3, "Balance", LocalDate.of(2026, 8, 29), new BigDecimal("587.51")));
  }

  @Test
  void datesAlreadyPastFallDueAtBooking() {
    List<Planned> planned =
        DEFAULT.split(
            new BigDecimal("1000.00"), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 9));

    assertThat(planned)
        .extracting(Planned::dueDate)
        .containsExactly(
            LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 26));
    assertThat(planned)
        .extracting(Planned::amount)
        .containsExactly(
            new BigDecimal("250.00"), new BigDecimal("500.00"), new BigDecimal("250.00"));
  }

  @Test
  void oddCentsRoundHalfEvenAndTheLastTakesTheRemainder() {
    PaymentSchedule thirds = PaymentSchedule.parse("A:33.33:booking;B:33.33:30;C:33.34:10");
    List<Planned> planned =
        thirds.split(new BigDecimal("0.10"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1));

    assertThat(planned)
        .extracting(Planned::amount)
        .containsExactly(new BigDecimal("0.03"), new BigDecimal("0.03"), new BigDecimal("0.04"));
  }

  @Test
  void aDeltaIsSpreadInProportionToTheOpenInstallments() {
    assertThat(
            PaymentSchedule.spread(
                new BigDecimal("1787.50"),
                List.of(new BigDecimal("1175.00"), new BigDecimal("587.50"))))
        .containsExactly(new BigDecimal("1191.67"), new BigDecimal("595.83"));
    assertThat(
            PaymentSchedule.spread(
                new BigDecimal("10.00"), List.of(BigDecimal.ZERO, BigDecimal.ZERO)))
        .containsExactly(new BigDecimal("0.00"), new BigDecimal("10.00"));
  }

  @Test
  void aBadScheduleIsRefusedWithTheReason() {
    assertThatThrownBy(() -> PaymentSchedule.parse("A:50:booking;B:40:14"))
        .hasMessageContaining("add up to 100");
    assertThatThrownBy(() -> PaymentSchedule.parse("A:fifty:booking;B:50:14"))
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> PaymentSchedule.parse("A:100"))
        .hasMessageContaining("label:percent:due");
  }
}
