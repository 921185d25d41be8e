package com.projectflo.execution.persistence;

import com.projectflo.execution.model.CalendarEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/** Calendar events of the crew; joins the caller's transaction. */
@ApplicationScoped
public class CalendarEventRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  /** A contributor's events that overlap the half-open range [from, to), earliest first. */
  public List<CalendarEvent> findOverlapping(
      int contributorId, OffsetDateTime from, OffsetDateTime to) {
    return em.createNamedQuery("CalendarEvent.findOverlapping", CalendarEvent.class)
        .setParameter("contributor", contributorId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}
