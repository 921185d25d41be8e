package com.projectflo.crm.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The sales funnel of the inquiries created in a period (see docs/crm-documents-and-reports.md):
 * counts by current status and by creation month, conversion overall, by lead source and by
 * campaign, median delays to first contact and to booking, and why leads were lost.
 */
public record FunnelReport(
    LocalDate from,
    LocalDate to,
    long inquiries,
    List<StatusCount> byStatus,
    List<MonthCount> byMonth,
    Conversion overall,
    List<Conversion> byLeadSource,
    List<Conversion> byCampaign,
    Delay toFirstContact,
    Delay toBooking,
    List<ReasonCount> lostReasons) {

  /** How many inquiries are currently in a status. */
  public record StatusCount(String status, long count) {}

  /** The inquiries created in one month ('2031-04'), by current status. */
  public record MonthCount(String month, long inquiries, List<StatusCount> byStatus) {}

  /**
   * Conversion of a group ({@code key}: the lead source or campaign, null for "none" and for the
   * overall figures): booked = current status Booked, lost = Closed-Lost, open = the others; {@code
   * conversionRate} = booked / inquiries, {@code closedConversionRate} = booked / (booked + lost),
   * both in percent with one decimal (HALF_EVEN), null when the divisor is 0. Revenue is money:
   * scale 2.
   */
  public record Conversion(
      String key,
      long inquiries,
      long booked,
      long lost,
      long open,
      BigDecimal conversionRate,
      BigDecimal closedConversionRate,
      BigDecimal bookedRevenue) {

    public static Conversion of(
        String key, long inquiries, long booked, long lost, BigDecimal revenue) {
      return new Conversion(
          key,
          inquiries,
          booked,
          lost,
          inquiries - booked - lost,
          percent(booked, inquiries),
          percent(booked, booked + lost),
          revenue.setScale(2, RoundingMode.HALF_EVEN));
    }
  }

  /**
   * A median delay from creation, over the {@code inquiries} that reached the milestone, in {@code
   * hours} and {@code days} with one decimal (HALF_EVEN); both null when none did.
   */
  public record Delay(long inquiries, BigDecimal medianHours, BigDecimal medianDays) {

    public static Delay ofSeconds(long inquiries, Double medianSeconds) {
      if (medianSeconds == null) {
        return new Delay(inquiries, null, null);
      }
      BigDecimal seconds = BigDecimal.valueOf(medianSeconds);
      return new Delay(
          inquiries,
          seconds.divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_EVEN),
          seconds.divide(BigDecimal.valueOf(86400), 1, RoundingMode.HALF_EVEN));
    }
  }

  /** How many lost inquiries gave a reason. */
  public record ReasonCount(String reason, long count) {}

  /** {@code part} of {@code whole} in percent, one decimal; null when {@code whole} is 0. */
  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
  }
}
