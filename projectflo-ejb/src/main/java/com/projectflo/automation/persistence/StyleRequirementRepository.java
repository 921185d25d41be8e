package com.projectflo.automation.persistence;

import com.projectflo.automation.model.EditingStyleRequirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@link EditingStyleRequirement}s; joins the caller's transaction. */
@ApplicationScoped
public class StyleRequirementRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<EditingStyleRequirement> findById(int id) {
    return Optional.ofNullable(em.find(EditingStyleRequirement.class, id));
  }

  /** The requirements of an editing style, by id. */
  public List<EditingStyleRequirement> findByStyle(int styleId) {
    return em.createNamedQuery(EditingStyleRequirement.FIND_BY_STYLE, EditingStyleRequirement.class)
        .setParameter("style", styleId)
        .getResultList();
  }

  /** The requirement of a style for one billable item, if there is one. */
  public Optional<EditingStyleRequirement> findByStyleAndItem(int styleId, int billableItemId) {
    return em.createNamedQuery(
            EditingStyleRequirement.FIND_BY_STYLE_AND_ITEM, EditingStyleRequirement.class)
        .setParameter("style", styleId)
        .setParameter("item", billableItemId)
        .getResultStream()
        .findFirst();
  }

  public EditingStyleRequirement add(EditingStyleRequirement requirement) {
    em.persist(requirement);
    em.flush();
    return requirement;
  }

  public void remove(EditingStyleRequirement requirement) {
    em.remove(requirement);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
