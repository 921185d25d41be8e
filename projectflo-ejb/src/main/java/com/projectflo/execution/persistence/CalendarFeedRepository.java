package com.projectflo.execution.persistence;

import com.projectflo.execution.model.CalendarFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** ICS feeds of contributors; joins the caller's transaction. */
@ApplicationScoped
public class CalendarFeedRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<CalendarFeed> findBySecretHash(String hash) {
    return em.createNamedQuery("CalendarFeed.findBySecretHash", CalendarFeed.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  public Optional<CalendarFeed> findByContributor(int contributorId) {
    return em.createNamedQuery("CalendarFeed.findByContributor", CalendarFeed.class)
        .setParameter("contributor", contributorId)
        .getResultStream()
        .findFirst();
  }

  public void save(CalendarFeed feed) {
    if (feed.getId() == null) {
      em.persist(feed);
    }
    em.flush();
  }

  public void remove(CalendarFeed feed) {
    em.remove(feed);
    em.flush();
  }
}
