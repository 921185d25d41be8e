package com.projectflo.crm.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.projectflo.crm.application.FunnelReport.Conversion;
import com.projectflo.crm.application.FunnelReport.Delay;
import com.projectflo.platform.application.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportFiguresTest {

  private static final ReportPeriod YEAR =
      new ReportPeriod(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));

  @Test
  void npsIsPromotersMinusDetractorsInPercentWithOneHalfEvenDecimal() {
    // 3 promoters, 2 passives, 2 detractors of 7: 100 × 1 / 7 = 14.2857… → 14.3
    NpsReport report = NpsReport.of(YEAR, 7, 3, 2, 2, 55, 7);

    assertThat(report.nps()).isEqualByComparingTo("14.3");
    assertThat(report.nps().scale()).isEqualTo(1);
    // 55 / 7 = 7.857… → 7.86
    assertThat(report.averageSatisfaction()).isEqualTo(new BigDecimal("7.86"));
  }

  @Test
  void npsRoundsHalfToEven() {
    // 100 × (1 − 0) / 8 = 12.5 exactly → 12.5; 100 × 1 / 16 = 6.25 → 6.2 (half-even)
    assertThat(NpsReport.of(YEAR, 16, 1, 15, 0, 0, 0).nps()).isEqualTo(new BigDecimal("6.2"));
    assertThat(NpsReport.of(YEAR, 16, 3, 13, 0, 0, 0).nps()).isEqualTo(new BigDecimal("18.8"));
  }

  @Test
  void npsAndAverageAreAbsentWithoutResponses() {
    NpsReport report = NpsReport.of(YEAR, 0, 0, 0, 0, 0, 0);

    assertThat(report.nps()).isNull();
    assertThat(report.averageSatisfaction()).isNull();
  }

  @Test
  void npsCanBeNegative() {
    assertThat(NpsReport.of(YEAR, 3, 0, 1, 2, 9, 3).nps()).isEqualTo(new BigDecimal("-66.7"));
  }

  @Test
  void conversionRatesAreInPercentAndAbsentWhenDividingByZero() {
    Conversion conversion = Conversion.of("Instagram", 6, 2, 1, new BigDecimal("1234.5"));

    assertThat(conversion.open()).isEqualTo(3);
    assertThat(conversion.conversionRate()).isEqualTo(new BigDecimal("33.3"));
    assertThat(conversion.closedConversionRate()).isEqualTo(new BigDecimal("66.7"));
    assertThat(conversion.bookedRevenue()).isEqualTo(new BigDecimal("1234.50"));

    Conversion none = Conversion.of(null, 0, 0, 0, BigDecimal.ZERO);
    assertThat(none.conversionRate()).isNull();
    assertThat(none.closedConversionRate()).isNull();
    assertThat(none.bookedRevenue()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void delaysAreMediansInHoursAndDays() {
    Delay delay = Delay.ofSeconds(2, 12_600.0);

    assertThat(delay.medianHours()).isEqualTo(new BigDecimal("3.5"));
    assertThat(delay.medianDays()).isEqualTo(new BigDecimal("0.1"));
    assertThat(Delay.ofSeconds(0, null).medianHours()).isNull();
  }

  @Test
  void aPeriodNeedsBothDaysInOrder() {
    LocalDate day = LocalDate.of(2031, 5, 1);
    assertThatThrownBy(() -> new ReportPeriod(null, day))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("from");
    assertThatThrownBy(() -> new ReportPeriod(day, day.minusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("to");
    assertThat(new ReportPeriod(day, day).to()).isEqualTo(day);
  }
}
