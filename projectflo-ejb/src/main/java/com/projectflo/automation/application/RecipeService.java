package com.projectflo.automation.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.automation.model.ComponentTaskRecipe;
import com.projectflo.automation.persistence.CatalogReferences;
import com.projectflo.automation.persistence.RecipeRepository;
import com.projectflo.automation.persistence.RecipeRepository.RecipeSearch;
import com.projectflo.catalog.model.CoverageScene;
import com.projectflo.catalog.model.Deliverable;
import com.projectflo.catalog.model.EditingStyle;
import com.projectflo.catalog.model.TaskTemplate;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Component task recipes: the rules that turn a build component (deliverable, scene, style) into
 * tasks from task templates. Reading takes {@code catalog.read}, changing {@code catalog.write}.
 * Deleting is a hard delete. Which recipes a component selects is {@link RecipeMatcher}'s rule.
 */
@Stateless
public class RecipeService {

  static final String ENTITY = "recipe";

  @Inject private RecipeRepository recipes;

  @Inject private CatalogReferences catalog;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CATALOG_READ)
  public Page<ComponentTaskRecipe> listRecipes(@NotNull @Valid RecipeListQuery query) {
    PageRequest page = query.page();
    List<ComponentTaskRecipe> rows =
        recipes.findPage(
            new RecipeSearch(
                query.deliverableId(),
                query.coverageSceneId(),
                query.editingStyleId(),
                query.taskTemplateId()),
            page.afterId(),
            page.limit() + 1);
    return page.page(rows, recipe -> KeysetCursor.encode(recipe.getId()));
  }

  @RequiresPermission(Permissions.CATALOG_READ)
  public ComponentTaskRecipe getRecipe(int id) {
    return find(id);
  }

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public ComponentTaskRecipe createRecipe(@NotNull @Valid RecipeDetails details) {
    ComponentTaskRecipe recipe = new ComponentTaskRecipe();
    apply(recipe, details);
    recipes.add(recipe);
    audit.record("recipe.create", ENTITY, recipe.getId(), null, State.of(recipe));
    return recipe;
  }

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public ComponentTaskRecipe updateRecipe(int id, @NotNull @Valid RecipeDetails details) {
    ComponentTaskRecipe recipe = find(id);
    State before = State.of(recipe);
    apply(recipe, details);
    recipes.flush();
    audit.record("recipe.update", ENTITY, id, before, State.of(recipe));
    return recipe;
  }

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public void deleteRecipe(int id) {
    ComponentTaskRecipe recipe = find(id);
    State before = State.of(recipe);
    recipes.remove(recipe);
    audit.record("recipe.delete", ENTITY, id, before, null);
  }

  /**
   * The recipes a component with these ids selects, one per task template, in {@link RecipeMatcher}
   * order, templates fetched. Unknown ids are refused; a null scene is a component without one
   * (only recipes open on the scene match).
   */
  @RequiresPermission(Permissions.CATALOG_READ)
  public List<ComponentTaskRecipe> match(
      @NotNull Integer deliverableId, Integer coverageSceneId, @NotNull Integer editingStyleId) {
    ReferenceCheck check = new ReferenceCheck(catalog);
    check.find(Deliverable.class, "deliverableId", "deliverable", deliverableId);
    check.find(CoverageScene.class, "coverageSceneId", "coverage scene", coverageSceneId);
    check.find(EditingStyle.class, "editingStyleId", "editing style", editingStyleId);
    check.throwIfAny();
    return RecipeMatcher.select(
        recipes.findAllWithTemplates(), deliverableId, coverageSceneId, editingStyleId);
  }

  private void apply(ComponentTaskRecipe recipe, RecipeDetails details) {
    ReferenceCheck check = new ReferenceCheck(catalog);
    Deliverable deliverable =
        check.find(Deliverable.class, "deliverableId", "deliverable", details.deliverableId());
    CoverageScene scene =
        check.find(
            CoverageScene.class, "coverageSceneId", "coverage scene", details.coverageSceneId());
    EditingStyle style =
        check.find(EditingStyle.class, "editingStyleId", "editing style", details.editingStyleId());
    TaskTemplate template =
        check.find(TaskTemplate.class, "taskTemplateId", "task template", details.taskTemplateId());
    check.throwIfAny();
    recipe.setDeliverable(deliverable);
    recipe.setCoverageScene(scene);
    recipe.setEditingStyle(style);
    recipe.setTaskTemplate(template);
    recipe.setPriority(details.priority());
  }

  private ComponentTaskRecipe find(int id) {
    return recipes.findById(id).orElseThrow(() -> new NoSuchResourceException("Recipe", id));
  }

  /** The audited state of a recipe. */
  record State(
      Integer deliverableId,
      Integer coverageSceneId,
      Integer editingStyleId,
      int taskTemplateId,
      int priority) {

    static State of(ComponentTaskRecipe recipe) {
      return new State(
          recipe.getDeliverableId(),
          recipe.getCoverageSceneId(),
          recipe.getEditingStyleId(),
          recipe.getTaskTemplateId(),
          recipe.getPriority());
    }
  }
}
