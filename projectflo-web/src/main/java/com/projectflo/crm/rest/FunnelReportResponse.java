package com.projectflo.crm.rest;

import com.projectflo.crm.application.FunnelReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sales funnel of the inquiries created in a period. */
@Schema(name = "FunnelReport")
public record FunnelReportResponse(
    LocalDate from,
    LocalDate to,
    @Schema(description = "Inquiries created in the period (archived ones left out)")
        long inquiries,
    @Schema(description = "By current status, every status listed") List<StatusCount> byStatus,
    @Schema(description = "By creation month (UTC), every month of the period")
        List<MonthCount> byMonth,
    Conversion overall,
    @Schema(description = "One entry per lead source; absent leadSource: none recorded")
        List<Conversion> byLeadSource,
    @Schema(description = "One entry per campaign; absent campaign: none recorded")
        List<Conversion> byCampaign,
    @Schema(description = "From creation to first contact") Delay toFirstContact,
    @Schema(description = "From creation to booking") Delay toBooking,
    @Schema(description = "Reasons of the Closed-Lost inquiries, most frequent first")
        List<ReasonCount> lostReasons) {

  @Schema(name = "FunnelStatusCount")
  public record StatusCount(
      @Schema(enumeration = {"New", "Contacted", "Proposal Sent", "Booked", "Closed-Lost"})
          String status,
      long count) {}

  @Schema(name = "FunnelMonth")
  public record MonthCount(
      @Schema(example = "2031-04") String month, long inquiries, List<StatusCount> byStatus) {}

  @Schema(
      name = "FunnelConversion",
      description =
          "booked: current status Booked; lost: Closed-Lost; open: the others. Rates in percent,"
              + " one decimal (half-even), absent when dividing by zero.")
  public record Conversion(
      String leadSource,
      String campaign,
      long inquiries,
      long booked,
      long lost,
      long open,
      @Schema(description = "booked / inquiries × 100") BigDecimal conversionRate,
      @Schema(description = "booked / (booked + lost) × 100") BigDecimal closedConversionRate,
      @Schema(
              description =
                  "Σ approved price of the inquiries' builds in status Booked or Completed")
          BigDecimal bookedRevenue) {}

  @Schema(
      name = "FunnelDelay",
      description = "Median (percentile_cont 0.5), one decimal (half-even); absent without data")
  public record Delay(
      @Schema(description = "Inquiries that reached the milestone") long inquiries,
      BigDecimal medianHours,
      BigDecimal medianDays) {}

  @Schema(name = "FunnelLostReason")
  public record ReasonCount(String reason, long count) {}

  static FunnelReportResponse of(FunnelReport report) {
    return new FunnelReportResponse(
        report.from(),
        report.to(),
        report.inquiries(),
        statuses(report.byStatus()),
        report.byMonth().stream()
            .map(m -> new MonthCount(m.month(), m.inquiries(), statuses(m.byStatus())))
            .toList(),
        conversion(report.overall(), null, null),
        report.byLeadSource().stream().map(c -> conversion(c, c.key(), null)).toList(),
        report.byCampaign().stream().map(c -> conversion(c, null, c.key())).toList(),
        delay(report.toFirstContact()),
        delay(report.toBooking()),
        report.lostReasons().stream().map(r -> new ReasonCount(r.reason(), r.count())).toList());
  }

  private static List<StatusCount> statuses(List<FunnelReport.StatusCount> counts) {
    return counts.stream().map(s -> new StatusCount(s.status(), s.count())).toList();
  }

  private static Conversion conversion(
      FunnelReport.Conversion c, String leadSource, String campaign) {
    return new Conversion(
        leadSource,
        campaign,
        c.inquiries(),
        c.booked(),
        c.lost(),
        c.open(),
        c.conversionRate(),
        c.closedConversionRate(),
        c.bookedRevenue());
  }

  private static Delay delay(FunnelReport.Delay d) {
    return new Delay(d.inquiries(), d.medianHours(), d.medianDays());
  }
}
