package com.projectflo.ledger.persistence;

import com.projectflo.ledger.model.BuildChangeOrder;
import com.projectflo.ledger.model.BuildSnapshot;
import com.projectflo.ledger.model.ChangeOrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Change orders and the snapshots of approved versions. */
@ApplicationScoped
public class ChangeOrderRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<BuildChangeOrder> findById(int id) {
    return Optional.ofNullable(em.find(BuildChangeOrder.class, id));
  }

  /** The build a change order belongs to, without loading the order. */
  public Optional<Integer> findBuildId(int id) {
    return em.createQuery(
            "SELECT o.build.id FROM BuildChangeOrder o WHERE o.id = :id", Integer.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public List<BuildChangeOrder> findByBuild(int buildId) {
    return em.createNamedQuery(BuildChangeOrder.FIND_BY_BUILD, BuildChangeOrder.class)
        .setParameter("build", buildId)
        .getResultList();
  }

  public Optional<BuildChangeOrder> findPending(int buildId) {
    return em.createNamedQuery(BuildChangeOrder.FIND_PENDING, BuildChangeOrder.class)
        .setParameter("build", buildId)
        .setParameter("status", ChangeOrderStatus.PENDING_APPROVAL)
        .getResultStream()
        .findFirst();
  }

  /** The next version number of the build's change orders (1 for the first). */
  public int nextVersion(int buildId) {
    Integer last =
        em.createNamedQuery(BuildChangeOrder.LAST_VERSION, Integer.class)
            .setParameter("build", buildId)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }

  public List<BuildSnapshot> findSnapshots(int buildId) {
    return em.createNamedQuery(BuildSnapshot.FIND_BY_BUILD, BuildSnapshot.class)
        .setParameter("build", buildId)
        .getResultList();
  }

  public Optional<BuildSnapshot> findSnapshot(int buildId, int versionNumber) {
    return em.createNamedQuery(BuildSnapshot.FIND_BY_VERSION, BuildSnapshot.class)
        .setParameter("build", buildId)
        .setParameter("version", versionNumber)
        .getResultStream()
        .findFirst();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
