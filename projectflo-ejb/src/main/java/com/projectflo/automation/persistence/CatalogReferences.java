package com.projectflo.automation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Finds the catalog rows (deliverables, scenes, styles, billable items, task templates) that the
 * automation rules refer to; joins the caller's transaction.
 */
@ApplicationScoped
public class CatalogReferences {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  /** The row of {@code type} with the id; null id: empty. */
  public <T> Optional<T> find(Class<T> type, Integer id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
  }
}
