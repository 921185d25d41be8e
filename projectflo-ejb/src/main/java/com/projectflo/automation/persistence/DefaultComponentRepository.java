package com.projectflo.automation.persistence;

import com.projectflo.automation.model.DeliverableDefaultComponent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@link DeliverableDefaultComponent}s; joins the caller's transaction. */
@ApplicationScoped
public class DefaultComponentRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<DeliverableDefaultComponent> findById(int id) {
    return Optional.ofNullable(em.find(DeliverableDefaultComponent.class, id));
  }

  /** The default components of a deliverable, by id. */
  public List<DeliverableDefaultComponent> findByDeliverable(int deliverableId) {
    return em.createNamedQuery(
            DeliverableDefaultComponent.FIND_BY_DELIVERABLE, DeliverableDefaultComponent.class)
        .setParameter("deliverable", deliverableId)
        .getResultList();
  }

  public DeliverableDefaultComponent add(DeliverableDefaultComponent component) {
    em.persist(component);
    em.flush();
    return component;
  }

  public void remove(DeliverableDefaultComponent component) {
    em.remove(component);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
