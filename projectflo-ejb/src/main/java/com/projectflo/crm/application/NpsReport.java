package com.projectflo.crm.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The Net Promoter Score of the surveys answered in a period: promoters answered 9 or 10, passives
 * 7 or 8, detractors 0 to 6; NPS = 100 × (promoters − detractors) / responses, from −100 to 100,
 * with one decimal (HALF_EVEN), null without responses. The average satisfaction (1 to 10) has two
 * decimals (HALF_EVEN), null without ratings.
 */
public record NpsReport(
    LocalDate from,
    LocalDate to,
    long responses,
    long promoters,
    long passives,
    long detractors,
    BigDecimal nps,
    BigDecimal averageSatisfaction) {

  public static NpsReport of(
      ReportPeriod period,
      long responses,
      long promoters,
      long passives,
      long detractors,
      long satisfactionSum,
      long satisfactionCount) {
    BigDecimal nps =
        responses == 0
            ? null
            : BigDecimal.valueOf(100 * (promoters - detractors))
                .divide(BigDecimal.valueOf(responses), 1, RoundingMode.HALF_EVEN);
    BigDecimal average =
        satisfactionCount == 0
            ? null
            : BigDecimal.valueOf(satisfactionSum)
                .divide(BigDecimal.valueOf(satisfactionCount), 2, RoundingMode.HALF_EVEN);
    return new NpsReport(
        period.from(), period.to(), responses, promoters, passives, detractors, nps, average);
  }
}
