package com.projectflo.crm.application;

import com.projectflo.crm.model.InquiryStatus;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales reports, computed in PostgreSQL with one aggregate per figure (never row by row). The
 * inquiries counted are the non-archived ones received ({@code created_at}, UTC day) between the
 * two dates, both included; rules in docs/crm.md.
 */
@Stateless
public class SalesReports {

  private static final String IN_RANGE =
      " FROM inquiries i WHERE i.archived_at IS NULL AND (i.created_at AT TIME ZONE 'UTC')::date"
          + " BETWEEN ?1 AND ?2";

  /** Booked revenue: the approved price of the (non-archived) build of each booked inquiry. */
  private static final String REVENUE =
      "coalesce(sum(b.approved_price) FILTER (WHERE i.status = 'Booked'), 0)";

  private static final String CHANNEL =
      "SELECT %s, count(DISTINCT i.id), count(DISTINCT i.id) FILTER (WHERE i.status = 'Booked'), "
          + REVENUE
          + " FROM inquiries i LEFT JOIN builds b ON b.inquiry_id = i.id AND b.archived_at IS NULL"
          + " WHERE i.archived_at IS NULL AND (i.created_at AT TIME ZONE 'UTC')::date BETWEEN ?1"
          + " AND ?2 GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST";

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @RequiresPermission(Permissions.REPORTS_READ)
  public SalesFunnel funnel(@NotNull LocalDate from, @NotNull LocalDate to) {
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from (" + from + ")");
    }
    Map<String, Long> byStatus = statusCounts();
    Map<String, Map<String, Long>> monthly = new LinkedHashMap<>();
    for (Object[] row :
        rows(
            "SELECT to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM'), i.status::text, count(*)"
                + IN_RANGE
                + " GROUP BY 1, 2 ORDER BY 1, 2",
            from,
            to)) {
      long count = ((Number) row[2]).longValue();
      monthly.computeIfAbsent((String) row[0], month -> statusCounts()).put((String) row[1], count);
      byStatus.merge((String) row[1], count, Long::sum);
    }
    List<SalesFunnel.Month> months = new ArrayList<>();
    monthly.forEach(
        (month, counts) ->
            months.add(
                new SalesFunnel.Month(
                    month, counts.values().stream().mapToLong(Long::longValue).sum(), counts)));
    long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
    long booked = byStatus.get(InquiryStatus.BOOKED.label());
    long lost = byStatus.get(InquiryStatus.CLOSED_LOST.label());
    Object[] timing =
        rows(
                "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM"
                    + " i.first_contacted_at - i.created_at) / 3600),"
                    + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM"
                    + " i.booked_at - i.created_at) / 86400)"
                    + IN_RANGE,
                from,
                to)
            .get(0);
    List<SalesFunnel.Channel> sources = channels("i.lead_source", from, to);
    BigDecimal revenue =
        sources.stream().map(SalesFunnel.Channel::bookedRevenue).reduce(money(0), BigDecimal::add);
    List<SalesFunnel.LostReason> reasons = new ArrayList<>();
    for (Object[] row :
        rows(
            "SELECT i.lost_reason, count(*)"
                + IN_RANGE
                + " AND i.status = 'Closed-Lost' GROUP BY 1 ORDER BY 2 DESC, 1",
            from,
            to)) {
      reasons.add(new SalesFunnel.LostReason((String) row[0], ((Number) row[1]).longValue()));
    }
    return new SalesFunnel(
        from,
        to,
        total,
        booked,
        lost,
        ratio(booked, total),
        ratio(booked, booked + lost),
        revenue,
        oneDecimal(timing[0]),
        oneDecimal(timing[1]),
        byStatus,
        months,
        sources,
        channels("i.campaign_id", from, to),
        reasons);
  }

  private List<SalesFunnel.Channel> channels(String column, LocalDate from, LocalDate to) {
    List<SalesFunnel.Channel> channels = new ArrayList<>();
    for (Object[] row : rows(String.format(CHANNEL, column), from, to)) {
      long inquiries = ((Number) row[1]).longValue();
      long booked = ((Number) row[2]).longValue();
      channels.add(
          new SalesFunnel.Channel(
              (String) row[0],
              inquiries,
              booked,
              ratio(booked, inquiries),
              money((BigDecimal) row[3])));
    }
    return channels;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
    return em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).getResultList();
  }

  /** Every status, in pipeline order, at zero. */
  private static Map<String, Long> statusCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (InquiryStatus status : InquiryStatus.values()) {
      counts.put(status.label(), 0L);
    }
    return counts;
  }

  /** A share with 4 decimals (0.2500 = 25 %); null when there is nothing to divide by. */
  static BigDecimal ratio(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal oneDecimal(Object value) {
    return value == null
        ? null
        : BigDecimal.valueOf(((Number) value).doubleValue()).setScale(1, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal money(long value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN);
  }
}
