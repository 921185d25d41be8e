package com.projectflo.crm.persistence;

import com.projectflo.crm.application.WeddingDateClash;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.crm.model.InquiryStatus;
import com.projectflo.crm.model.InquiryStatusChange;
import com.projectflo.identity.model.Contributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads and writes {@link Inquiry}s and their status history; joins the caller's transaction. */
@ApplicationScoped
public class InquiryRepository {

  /** The list's rows: the inquiry with its contact (the owner and its contact are hints). */
  private static final String SELECT_WITH_PARTIES =
      "SELECT i FROM Inquiry i JOIN FETCH i.contact c";

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  /** The inquiry with its contact and owner loaded. */
  public Optional<Inquiry> findById(int id) {
    return em.createNamedQuery(Inquiry.FIND_WITH_PARTIES, Inquiry.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Contributor contributorReference(int id) {
    return em.getReference(Contributor.class, id);
  }

  public Inquiry add(Inquiry inquiry) {
    em.persist(inquiry);
    em.flush();
    return inquiry;
  }

  public void addStatusChange(InquiryStatusChange change) {
    em.persist(change);
  }

  /** Writes pending changes now, so that constraint and version conflicts surface here. */
  public void flush() {
    em.flush();
  }

  /** The status history of an inquiry, oldest first. */
  public List<InquiryStatusChange> findStatusChanges(int inquiryId) {
    return em.createNamedQuery(InquiryStatusChange.FIND_BY_INQUIRY, InquiryStatusChange.class)
        .setParameter("inquiry", inquiryId)
        .getResultList();
  }

  /** Non-archived projects on the given wedding date, with their client's name. */
  public List<WeddingDateClash> findProjectsOn(LocalDate weddingDate) {
    return em.createQuery(
            "SELECT NEW com.projectflo.crm.application.WeddingDateClash(p.id, p.projectName,"
                + " p.weddingDate, c.id, k.firstName, k.lastName)"
                + " FROM Project p JOIN p.client c JOIN c.contact k"
                + " WHERE p.weddingDate = :date AND p.archivedAt IS NULL ORDER BY p.id",
            WeddingDateClash.class)
        .setParameter("date", weddingDate)
        .getResultList();
  }

  /**
   * One page newest first, in (created_at, id) descending order, starting after the given key when
   * there is one. Returns up to {@code limit} rows; the caller asks for one more than it shows.
   */
  public List<Inquiry> findPage(InquirySearch search, int limit) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (!search.includeArchived()) {
      conditions.add("i.archivedAt IS NULL");
    }
    if (search.status() != null) {
      conditions.add("i.status = :status");
      parameters.put("status", search.status());
    }
    if (search.weddingDateFrom() != null) {
      conditions.add("i.weddingDate >= :weddingFrom");
      parameters.put("weddingFrom", search.weddingDateFrom());
    }
    if (search.weddingDateTo() != null) {
      conditions.add("i.weddingDate <= :weddingTo");
      parameters.put("weddingTo", search.weddingDateTo());
    }
    if (search.leadSource() != null) {
      conditions.add("LOWER(i.leadSource) = :leadSource");
      parameters.put("leadSource", search.leadSource().toLowerCase(Locale.ROOT));
    }
    if (search.campaignId() != null) {
      conditions.add("i.campaignId = :campaignId");
      parameters.put("campaignId", search.campaignId());
    }
    if (search.overdueFollowUp()) {
      // Open inquiries only: the partial index idx_inquiries_open_follow_up covers this.
      conditions.add("i.followUpDueDate < :today AND i.status <> :booked AND i.status <> :lost");
      parameters.put("today", search.today());
      parameters.put("booked", InquiryStatus.BOOKED);
      parameters.put("lost", InquiryStatus.CLOSED_LOST);
    }
    if (search.text() != null) {
      conditions.add(
          "(i.searchText LIKE :text ESCAPE '\\' OR c.searchText LIKE :text ESCAPE '\\')");
      parameters.put("text", "%" + escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
    }
    if (search.afterCreatedAt() != null) {
      conditions.add(
          "(i.createdAt < :afterCreated OR (i.createdAt = :afterCreated AND i.id < :afterId))");
      parameters.put("afterCreated", search.afterCreatedAt());
      parameters.put("afterId", search.afterId());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<Inquiry> query =
        em.createQuery(
            SELECT_WITH_PARTIES + where + " ORDER BY i.createdAt DESC, i.id DESC", Inquiry.class);
    parameters.forEach(query::setParameter);
    // The owner and the owner's contact in the same statement (EclipseLink cannot fetch-join
    // through an alias in JPQL): no query per row.
    query.setHint(Inquiry.LEFT_JOIN_FETCH, "i.owner");
    query.setHint(Inquiry.LEFT_JOIN_FETCH, "i.owner.contact");
    return query.setMaxResults(limit).getResultList();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** What to list: all filters optional; {@code afterCreatedAt}/{@code afterId} from a cursor. */
  public record InquirySearch(
      InquiryStatus status,
      LocalDate weddingDateFrom,
      LocalDate weddingDateTo,
      String leadSource,
      String campaignId,
      boolean overdueFollowUp,
      LocalDate today,
      String text,
      boolean includeArchived,
      OffsetDateTime afterCreatedAt,
      Integer afterId) {}
}
