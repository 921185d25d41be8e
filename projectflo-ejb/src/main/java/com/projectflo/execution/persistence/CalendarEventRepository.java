package com.projectflo.execution.persistence;

import com.projectflo.execution.model.CalendarEvent;
import com.projectflo.execution.model.CalendarEventType;
import com.projectflo.identity.model.Contributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calendar events of the crew; joins the caller's transaction. */
@ApplicationScoped
public class CalendarEventRepository {

  static final String JOIN_FETCH = "eclipselink.join-fetch";
  static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  /**
   * A contributor's events that overlap the half-open range [from, to), earliest first, with
   * contributor, contact and project fetched in the same statement.
   */
  public List<CalendarEvent> findOverlapping(
      int contributorId, OffsetDateTime from, OffsetDateTime to) {
    return withContributor(
            em.createNamedQuery("CalendarEvent.findOverlapping", CalendarEvent.class)
                .setParameter("contributor", contributorId)
                .setParameter("from", from)
                .setParameter("to", to))
        .getResultList();
  }

  public Optional<CalendarEvent> findById(int id) {
    return withContributor(
            em.createQuery("SELECT e FROM CalendarEvent e WHERE e.id = :id", CalendarEvent.class)
                .setParameter("id", id))
        .getResultStream()
        .findFirst();
  }

  /** The events of one type linking a contributor to a project (the wedding-day events). */
  public List<CalendarEvent> findByProjectAndContributor(
      int projectId, int contributorId, CalendarEventType type) {
    return em.createNamedQuery("CalendarEvent.findByProjectAndContributor", CalendarEvent.class)
        .setParameter("project", projectId)
        .setParameter("contributor", contributorId)
        .setParameter("type", type)
        .getResultList();
  }

  public CalendarEvent add(CalendarEvent event) {
    em.persist(event);
    em.flush();
    return event;
  }

  public void remove(CalendarEvent event) {
    em.remove(event);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  /**
   * One page in (start time, id) order of the events matching {@code search}, after the key of a
   * cursor when there is one; up to {@code limit} rows, contributor and contact fetched with them.
   */
  public List<CalendarEvent> findPage(EventSearch search, int limit) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (search.contributorId() != null) {
      conditions.add("e.contributor.id = :contributor");
      parameters.put("contributor", search.contributorId());
    }
    if (search.projectId() != null) {
      conditions.add("e.project.id = :project");
      parameters.put("project", search.projectId());
    }
    if (search.type() != null) {
      conditions.add("e.eventType = :type");
      parameters.put("type", search.type());
    }
    if (search.from() != null) {
      conditions.add("e.endTime > :from");
      parameters.put("from", search.from());
    }
    if (search.to() != null) {
      conditions.add("e.startTime < :to");
      parameters.put("to", search.to());
    }
    if (search.afterId() != null) {
      conditions.add(
          "(e.startTime > :afterStart OR (e.startTime = :afterStart AND e.id > :afterId))");
      parameters.put("afterStart", search.afterStart());
      parameters.put("afterId", search.afterId());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<CalendarEvent> query =
        em.createQuery(
            "SELECT e FROM CalendarEvent e" + where + " ORDER BY e.startTime, e.id",
            CalendarEvent.class);
    parameters.forEach(query::setParameter);
    return withContributor(query).setMaxResults(limit).getResultList();
  }

  /**
   * Active contributors with no event overlapping [from, to), in id order after {@code afterId},
   * their contacts fetched in the same statement.
   */
  public List<Contributor> findFree(
      OffsetDateTime from, OffsetDateTime to, Integer afterId, int limit) {
    return em.createQuery(
            "SELECT c FROM Contributor c JOIN FETCH c.contact WHERE c.archivedAt IS NULL"
                + " AND c.id > :afterId AND NOT EXISTS (SELECT e FROM CalendarEvent e"
                + " WHERE e.contributor = c AND e.startTime < :to AND e.endTime > :from)"
                + " ORDER BY c.id",
            Contributor.class)
        .setParameter("afterId", afterId == null ? 0 : afterId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(limit)
        .getResultList();
  }

  private static TypedQuery<CalendarEvent> withContributor(TypedQuery<CalendarEvent> query) {
    query.setHint(JOIN_FETCH, "e.contributor");
    query.setHint(JOIN_FETCH, "e.contributor.contact");
    query.setHint(LEFT_JOIN_FETCH, "e.project");
    return query;
  }

  /** What to list: every filter optional; {@code afterStart}/{@code afterId} from a cursor. */
  public record EventSearch(
      Integer contributorId,
      Integer projectId,
      CalendarEventType type,
      OffsetDateTime from,
      OffsetDateTime to,
      OffsetDateTime afterStart,
      Integer afterId) {}
}
