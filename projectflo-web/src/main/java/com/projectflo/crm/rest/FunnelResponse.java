package com.projectflo.crm.rest;

import com.projectflo.crm.application.SalesFunnel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sales funnel of the inquiries received in a date range. */
@Schema(name = "SalesFunnel")
public record FunnelResponse(
    LocalDate from,
    LocalDate to,
    @Schema(description = "Non-archived inquiries received in the range") long inquiries,
    long booked,
    long lost,
    @Schema(description = "booked / inquiries, 4 decimals; absent when there are none")
        BigDecimal conversionRate,
    @Schema(description = "booked / (booked + lost): the win rate of decided leads")
        BigDecimal closedConversionRate,
    @Schema(description = "Approved price of the builds of booked inquiries")
        BigDecimal bookedRevenue,
    @Schema(description = "Median hours from receipt to first contact")
        BigDecimal medianHoursToFirstContact,
    @Schema(description = "Median days from receipt to booking") BigDecimal medianDaysToBooking,
    @Schema(description = "Inquiries by current status label") Map<String, Long> byStatus,
    List<Month> byMonth,
    List<Channel> byLeadSource,
    List<Channel> byCampaign,
    List<LostReason> lostReasons) {

  @Schema(name = "SalesFunnelMonth")
  public record Month(
      @Schema(description = "yyyy-MM of receipt") String month,
      long inquiries,
      Map<String, Long> byStatus) {}

  @Schema(name = "SalesFunnelChannel")
  public record Channel(
      @Schema(description = "Lead source or campaign id; absent: none recorded") String name,
      long inquiries,
      long booked,
      BigDecimal conversionRate,
      BigDecimal bookedRevenue) {}

  @Schema(name = "SalesFunnelLostReason")
  public record LostReason(String reason, long inquiries) {}

  static FunnelResponse of(SalesFunnel f) {
    return new FunnelResponse(
        f.from(),
        f.to(),
        f.inquiries(),
        f.booked(),
        f.lost(),
        f.conversionRate(),
        f.closedConversionRate(),
        f.bookedRevenue(),
        f.medianHoursToFirstContact(),
        f.medianDaysToBooking(),
        f.byStatus(),
        f.byMonth().stream().map(m -> new Month(m.month(), m.inquiries(), m.byStatus())).toList(),
        channels(f.byLeadSource()),
        channels(f.byCampaign()),
        f.lostReasons().stream().map(r -> new LostReason(r.reason(), r.inquiries())).toList());
  }

  private static List<Channel> channels(List<SalesFunnel.Channel> channels) {
    return channels.stream()
        .map(
            c ->
                new Channel(
                    c.name(), c.inquiries(), c.booked(), c.conversionRate(), c.bookedRevenue()))
        .toList();
  }
}
