package com.projectflo.automation.persistence;

import com.projectflo.automation.model.ComponentTaskRecipe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes {@link ComponentTaskRecipe}s; joins the caller's transaction. */
@ApplicationScoped
public class RecipeRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<ComponentTaskRecipe> findById(int id) {
    return Optional.ofNullable(em.find(ComponentTaskRecipe.class, id));
  }

  /**
   * Every recipe with its task template, in one statement, by id: what {@code RecipeMatcher}
   * chooses from.
   */
  public List<ComponentTaskRecipe> findAllWithTemplates() {
    return em.createNamedQuery(
            ComponentTaskRecipe.FIND_ALL_WITH_TEMPLATES, ComponentTaskRecipe.class)
        .getResultList();
  }

  /** One page by id after {@code afterId} (null: from the start); filters equal a column. */
  public List<ComponentTaskRecipe> findPage(RecipeSearch search, Integer afterId, int limit) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (search.deliverableId() != null) {
      conditions.add("r.deliverable.id = :deliverable");
      parameters.put("deliverable", search.deliverableId());
    }
    if (search.coverageSceneId() != null) {
      conditions.add("r.coverageScene.id = :scene");
      parameters.put("scene", search.coverageSceneId());
    }
    if (search.editingStyleId() != null) {
      conditions.add("r.editingStyle.id = :style");
      parameters.put("style", search.editingStyleId());
    }
    if (search.taskTemplateId() != null) {
      conditions.add("r.taskTemplate.id = :template");
      parameters.put("template", search.taskTemplateId());
    }
    if (afterId != null) {
      conditions.add("r.id > :afterId");
      parameters.put("afterId", afterId);
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<ComponentTaskRecipe> query =
        em.createQuery(
            "SELECT r FROM ComponentTaskRecipe r" + where + " ORDER BY r.id",
            ComponentTaskRecipe.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }

  public ComponentTaskRecipe add(ComponentTaskRecipe recipe) {
    em.persist(recipe);
    em.flush();
    return recipe;
  }

  public void remove(ComponentTaskRecipe recipe) {
    em.remove(recipe);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  /** What to list: every filter optional, each an exact id (not a wildcard match). */
  public record RecipeSearch(
      Integer deliverableId,
      Integer coverageSceneId,
      Integer editingStyleId,
      Integer taskTemplateId) {}
}
