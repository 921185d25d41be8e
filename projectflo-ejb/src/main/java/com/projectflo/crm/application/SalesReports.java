package com.projectflo.crm.application;

import com.projectflo.crm.application.FunnelReport.Conversion;
import com.projectflo.crm.application.FunnelReport.Delay;
import com.projectflo.crm.application.FunnelReport.MonthCount;
import com.projectflo.crm.application.FunnelReport.ReasonCount;
import com.projectflo.crm.application.FunnelReport.StatusCount;
import com.projectflo.crm.model.InquiryStatus;
import com.projectflo.crm.persistence.ReportRepository;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.persistence.LabeledEnum;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sales funnel and the Net Promoter Score (reports.read); read-only, writes no audit row. */
@Stateless
public class SalesReports {

  private static final List<String> STATUSES = LabeledEnum.labels(InquiryStatus.class);

  @Inject private ReportRepository reports;

  @RequiresPermission(Permissions.REPORTS_READ)
  public NpsReport netPromoterScore(@NotNull ReportPeriod period) {
    Object[] row = reports.npsCounts(period.from(), period.to());
    return NpsReport.of(
        period,
        count(row[0]),
        count(row[1]),
        count(row[2]),
        count(row[3]),
        count(row[4]),
        count(row[5]));
  }

  @RequiresPermission(Permissions.REPORTS_READ)
  public FunnelReport funnel(@NotNull ReportPeriod period) {
    Map<String, Map<String, Long>> byMonth = new LinkedHashMap<>();
    for (YearMonth month = YearMonth.from(period.from());
        !month.isAfter(YearMonth.from(period.to()));
        month = month.plusMonths(1)) {
      byMonth.put(month.toString(), new HashMap<>());
    }
    Map<String, Long> byStatus = new HashMap<>();
    for (Object[] row : reports.inquiriesByMonthAndStatus(period.from(), period.to())) {
      String status = (String) row[1];
      long count = count(row[2]);
      byMonth
          .computeIfAbsent((String) row[0], m -> new HashMap<>())
          .merge(status, count, Long::sum);
      byStatus.merge(status, count, Long::sum);
    }
    List<MonthCount> months = new ArrayList<>();
    byMonth.forEach(
        (month, counts) -> months.add(new MonthCount(month, total(counts), statusCounts(counts))));

    Conversion overall = Conversion.of(null, 0, 0, 0, BigDecimal.ZERO);
    List<Conversion> bySource = new ArrayList<>();
    List<Conversion> byCampaign = new ArrayList<>();
    for (Object[] row : reports.conversions(period.from(), period.to())) {
      boolean sourceRolledUp = count(row[0]) == 1;
      boolean campaignRolledUp = count(row[1]) == 1;
      String key = !sourceRolledUp ? (String) row[2] : (String) row[3];
      Conversion conversion =
          Conversion.of(key, count(row[4]), count(row[5]), count(row[6]), (BigDecimal) row[7]);
      if (sourceRolledUp && campaignRolledUp) {
        overall = conversion;
      } else if (!sourceRolledUp) {
        bySource.add(conversion);
      } else {
        byCampaign.add(conversion);
      }
    }

    Object[] delays = reports.medianDelays(period.from(), period.to());
    List<ReasonCount> reasons = new ArrayList<>();
    for (Object[] row : reports.lostReasons(period.from(), period.to())) {
      reasons.add(new ReasonCount((String) row[0], count(row[1])));
    }
    return new FunnelReport(
        period.from(),
        period.to(),
        total(byStatus),
        statusCounts(byStatus),
        months,
        overall,
        bySource,
        byCampaign,
        Delay.ofSeconds(count(delays[0]), seconds(delays[1])),
        Delay.ofSeconds(count(delays[2]), seconds(delays[3])),
        reasons);
  }

  private static List<StatusCount> statusCounts(Map<String, Long> counts) {
    return STATUSES.stream().map(s -> new StatusCount(s, counts.getOrDefault(s, 0L))).toList();
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Double seconds(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }
}
