package com.projectflo.crm.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The sales funnel of the inquiries received between two dates: where they stand now, month by
 * month, how each lead source and campaign converts and earns, how fast the studio answers and
 * books, and why leads were lost.
 */
public record SalesFunnel(
    LocalDate from,
    LocalDate to,
    long inquiries,
    long booked,
    long lost,
    BigDecimal conversionRate,
    BigDecimal closedConversionRate,
    BigDecimal bookedRevenue,
    BigDecimal medianHoursToFirstContact,
    BigDecimal medianDaysToBooking,
    Map<String, Long> byStatus,
    List<Month> byMonth,
    List<Channel> byLeadSource,
    List<Channel> byCampaign,
    List<LostReason> lostReasons) {

  /** Inquiries received in one month (yyyy-MM) by their current status label. */
  public record Month(String month, long inquiries, Map<String, Long> byStatus) {}

  /** A lead source or campaign (null: none recorded). */
  public record Channel(
      String name,
      long inquiries,
      long booked,
      BigDecimal conversionRate,
      BigDecimal bookedRevenue) {}

  public record LostReason(String reason, long inquiries) {}
}
