package com.projectflo.crm.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The set-based queries of the sales and satisfaction reports, in native SQL (one statement per
 * figure group, aggregated by PostgreSQL). Inquiries count by {@code created_at} in a period of
 * whole UTC days; archived (soft-deleted) inquiries are left out.
 */
@ApplicationScoped
public class ReportRepository {

  private static final String PERIOD =
      " i.archived_at IS NULL AND i.created_at >= CAST(?1 AS timestamptz)"
          + " AND i.created_at < CAST(?2 AS timestamptz)";

  private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  /** Rows of (month 'YYYY-MM', status label, count), month by month. */
  public List<Object[]> inquiriesByMonthAndStatus(LocalDate from, LocalDate to) {
    return rows(
        "SELECT to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,"
            + " CAST(i.status AS text) AS status, count(*) AS inquiries"
            + " FROM inquiries i WHERE"
            + PERIOD
            + " GROUP BY 1, 2 ORDER BY 1, 2",
        from,
        to);
  }

  /**
   * Rows of (grouping of lead source, grouping of campaign, lead source, campaign, inquiries,
   * booked, lost, booked revenue): one per lead source, one per campaign, and the overall row (both
   * groupings 1). Revenue sums the approved price of the inquiry's build when it is Booked or
   * Completed and not archived (builds.inquiry_id is unique: at most one per inquiry).
   */
  public List<Object[]> conversions(LocalDate from, LocalDate to) {
    return rows(
        "SELECT GROUPING(i.lead_source) AS by_campaign_or_all,"
            + " GROUPING(i.campaign_id) AS by_source_or_all,"
            + " i.lead_source, i.campaign_id, count(*) AS inquiries,"
            + " count(*) FILTER (WHERE i.status = 'Booked') AS booked,"
            + " count(*) FILTER (WHERE i.status = 'Closed-Lost') AS lost,"
            + " COALESCE(SUM(b.approved_price), 0) AS revenue"
            + " FROM inquiries i"
            + " LEFT JOIN builds b ON b.inquiry_id = i.id"
            + " AND b.status IN ('Booked', 'Completed') AND b.archived_at IS NULL"
            + " WHERE"
            + PERIOD
            + " GROUP BY GROUPING SETS ((i.lead_source), (i.campaign_id), ())"
            + " ORDER BY 1, 2, 3 NULLS LAST, 4 NULLS LAST",
        from,
        to);
  }

  /**
   * One row: (inquiries first contacted, median seconds to first contact, inquiries with a booking
   * time, median seconds to booking); medians are percentile_cont(0.5), null without data.
   */
  public Object[] medianDelays(LocalDate from, LocalDate to) {
    return rows(
            "SELECT count(i.first_contacted_at),"
                + " percentile_cont(0.5) WITHIN GROUP"
                + " (ORDER BY extract(epoch FROM i.first_contacted_at - i.created_at)),"
                + " count(i.booked_at),"
                + " percentile_cont(0.5) WITHIN GROUP"
                + " (ORDER BY extract(epoch FROM i.booked_at - i.created_at))"
                + " FROM inquiries i WHERE"
                + PERIOD,
            from,
            to)
        .get(0);
  }

  /** Rows of (lost reason, count) of the Closed-Lost inquiries, most frequent first. */
  public List<Object[]> lostReasons(LocalDate from, LocalDate to) {
    return rows(
        "SELECT i.lost_reason, count(*) FROM inquiries i"
            + " WHERE i.status = 'Closed-Lost' AND"
            + PERIOD
            + " GROUP BY i.lost_reason ORDER BY 2 DESC, 1",
        from,
        to);
  }

  /**
   * One row over the surveys answered between the two days (inclusive): (responses, promoters 9-10,
   * passives 7-8, detractors 0-6, sum of satisfaction ratings, satisfaction ratings given).
   */
  public Object[] npsCounts(LocalDate from, LocalDate to) {
    Query query =
        em.createNativeQuery(
            "SELECT count(s.nps_score),"
                + " count(*) FILTER (WHERE s.nps_score >= 9),"
                + " count(*) FILTER (WHERE s.nps_score BETWEEN 7 AND 8),"
                + " count(*) FILTER (WHERE s.nps_score <= 6),"
                + " COALESCE(SUM(s.satisfaction_rating), 0),"
                + " count(s.satisfaction_rating)"
                + " FROM client_feedback_surveys s"
                + " WHERE s.response_date >= CAST(?1 AS date) AND s.response_date <= CAST(?2 AS date)");
    query.setParameter(1, from.format(ISO_DAY));
    query.setParameter(2, to.format(ISO_DAY));
    return (Object[]) query.getSingleResult();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
    Query query = em.createNativeQuery(sql);
    query.setParameter(1, startOfDay(from));
    query.setParameter(2, startOfDay(to.plusDays(1)));
    return query.getResultList();
  }

  /** The first instant of a UTC day, as PostgreSQL reads a timestamptz. */
  private static String startOfDay(LocalDate day) {
    return day.format(ISO_DAY) + " 00:00:00+00";
  }
}
