package com.projectflo.identity.persistence;

import com.projectflo.execution.model.CalendarSyncToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Calendar tokens, one per contributor; joins the caller's transaction. */
@ApplicationScoped
public class CalendarTokenRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<CalendarSyncToken> findByContributor(int contributorId) {
    return em.createQuery(
            "SELECT t FROM CalendarSyncToken t WHERE t.contributor.id = :contributor",
            CalendarSyncToken.class)
        .setParameter("contributor", contributorId)
        .getResultStream()
        .findFirst();
  }

  public void save(CalendarSyncToken token) {
    if (token.getId() == null) {
      em.persist(token);
    }
    em.flush();
  }

  public void remove(CalendarSyncToken token) {
    em.remove(token);
    em.flush();
  }
}
