package com.projectflo.crm.persistence;

import com.projectflo.crm.model.Activity;
import com.projectflo.crm.model.ActivityStatus;
import com.projectflo.crm.model.Inquiry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes {@link Activity}s; joins the caller's transaction. Every read fetches the
 * assignee and its contact in the same statement (the subjects are plain id columns).
 */
@ApplicationScoped
public class ActivityRepository {

  static final String JOIN_FETCH = "eclipselink.join-fetch";

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<Activity> findById(int id) {
    return withAssignee(
            em.createQuery("SELECT a FROM Activity a WHERE a.id = :id", Activity.class)
                .setParameter("id", id))
        .getResultStream()
        .findFirst();
  }

  public Activity add(Activity activity) {
    em.persist(activity);
    em.flush();
    return activity;
  }

  public void remove(Activity activity) {
    em.remove(activity);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  public Optional<Inquiry> findInquiry(int id) {
    return Optional.ofNullable(em.find(Inquiry.class, id));
  }

  /**
   * One page in (due date, nulls last; id) ascending order, after the given key when there is one
   * ({@code afterId} null: from the start). Returns up to {@code limit} rows.
   */
  public List<Activity> findPage(ActivitySearch search, int limit) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (search.assigneeId() != null) {
      conditions.add("a.assignedContributor.id = :assignee");
      parameters.put("assignee", search.assigneeId());
    }
    if (search.status() != null) {
      conditions.add("a.status = :status");
      parameters.put("status", search.status());
    }
    if (search.contactId() != null) {
      conditions.add("a.contactId = :contact");
      parameters.put("contact", search.contactId());
    }
    if (search.inquiryId() != null) {
      conditions.add("a.inquiryId = :inquiry");
      parameters.put("inquiry", search.inquiryId());
    }
    if (search.projectId() != null) {
      conditions.add("a.projectId = :project");
      parameters.put("project", search.projectId());
    }
    if (search.dueFrom() != null) {
      conditions.add("a.dueDate >= :dueFrom");
      parameters.put("dueFrom", search.dueFrom());
    }
    if (search.dueTo() != null) {
      conditions.add("a.dueDate <= :dueTo");
      parameters.put("dueTo", search.dueTo());
    }
    if (search.afterId() != null) {
      if (search.afterDueDate() == null) {
        conditions.add("(a.dueDate IS NULL AND a.id > :afterId)");
      } else {
        conditions.add(
            "(a.dueDate > :afterDue OR (a.dueDate = :afterDue AND a.id > :afterId)"
                + " OR a.dueDate IS NULL)");
        parameters.put("afterDue", search.afterDueDate());
      }
      parameters.put("afterId", search.afterId());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<Activity> query =
        em.createQuery(
            "SELECT a FROM Activity a" + where + " ORDER BY a.dueDate ASC NULLS LAST, a.id ASC",
            Activity.class);
    parameters.forEach(query::setParameter);
    return withAssignee(query).setMaxResults(limit).getResultList();
  }

  /** The pending activities of one contributor due on or before {@code until}, by due date, id. */
  public List<Activity> findPendingDueBy(int contributorId, LocalDate until, int limit) {
    return withAssignee(
            em.createQuery(
                    "SELECT a FROM Activity a WHERE a.assignedContributor.id = :assignee"
                        + " AND a.status = :pending AND a.dueDate IS NOT NULL"
                        + " AND a.dueDate <= :until ORDER BY a.dueDate, a.id",
                    Activity.class)
                .setParameter("assignee", contributorId)
                .setParameter("pending", ActivityStatus.PENDING)
                .setParameter("until", until))
        .setMaxResults(limit)
        .getResultList();
  }

  private static TypedQuery<Activity> withAssignee(TypedQuery<Activity> query) {
    // Through an alias EclipseLink may ignore a JPQL fetch join: hints fetch in the same statement.
    query.setHint(JOIN_FETCH, "a.assignedContributor");
    query.setHint(JOIN_FETCH, "a.assignedContributor.contact");
    return query;
  }

  /** What to list: all filters optional; {@code afterDueDate}/{@code afterId} from a cursor. */
  public record ActivitySearch(
      Integer assigneeId,
      ActivityStatus status,
      Integer contactId,
      Integer inquiryId,
      Integer projectId,
      LocalDate dueFrom,
      LocalDate dueTo,
      LocalDate afterDueDate,
      Integer afterId) {}
}
