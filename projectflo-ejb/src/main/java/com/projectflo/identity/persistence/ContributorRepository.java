package com.projectflo.identity.persistence;

import com.projectflo.identity.model.Contributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@link Contributor}s with their contact and role; joins the caller's tx. */
@ApplicationScoped
public class ContributorRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<Contributor> findById(int id) {
    return em.createNamedQuery(Contributor.FIND_WITH_CONTACT_AND_ROLE, Contributor.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public long count() {
    return em.createNamedQuery(Contributor.COUNT_ALL, Long.class).getSingleResult();
  }

  /**
   * Up to {@code limit} contributors in id order after {@code afterId}, contact and role joined.
   */
  public List<Contributor> findPage(boolean includeArchived, Integer afterId, int limit) {
    StringBuilder jpql =
        new StringBuilder(
            "SELECT c FROM Contributor c JOIN FETCH c.contact LEFT JOIN FETCH c.role WHERE 1 = 1");
    if (!includeArchived) {
      jpql.append(" AND c.archivedAt IS NULL");
    }
    if (afterId != null) {
      jpql.append(" AND c.id > :afterId");
    }
    jpql.append(" ORDER BY c.id");
    TypedQuery<Contributor> query = em.createQuery(jpql.toString(), Contributor.class);
    if (afterId != null) {
      query.setParameter("afterId", afterId);
    }
    return query.setMaxResults(limit).getResultList();
  }

  public Contributor add(Contributor contributor) {
    em.persist(contributor);
    em.flush();
    return contributor;
  }

  public void flush() {
    em.flush();
  }
}
