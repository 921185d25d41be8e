package com.projectflo.automation.application;

import com.projectflo.automation.model.ComponentTaskRecipe;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which task templates a build component selects: the recipes whose deliverable, scene and style
 * are each null (any) or equal to the component's, ordered by priority (highest first), then
 * specificity (more non-null fields first), then recipe id; a template is selected once, by the
 * first recipe in that order. Pure: no database, no state.
 */
public final class RecipeMatcher {

  /** The order in which matching recipes are considered. */
  public static final Comparator<ComponentTaskRecipe> ORDER =
      Comparator.comparingInt(ComponentTaskRecipe::getPriority)
          .reversed()
          .thenComparing(Comparator.comparingInt(RecipeMatcher::specificity).reversed())
          .thenComparing(
              ComponentTaskRecipe::getId, Comparator.nullsLast(Comparator.naturalOrder()));

  private RecipeMatcher() {}

  /** The recipes a component with these ids selects, one per task template, in order. */
  public static List<ComponentTaskRecipe> select(
      List<ComponentTaskRecipe> recipes, int deliverableId, int sceneId, int styleId) {
    return select(recipes, (Integer) deliverableId, (Integer) sceneId, (Integer) styleId);
  }

  /**
   * As {@link #select(List, int, int, int)}; a null component id (a component without a scene, say)
   * is matched only by recipes that leave that field open.
   */
  public static List<ComponentTaskRecipe> select(
      List<ComponentTaskRecipe> recipes, Integer deliverableId, Integer sceneId, Integer styleId) {
    Map<Integer, ComponentTaskRecipe> byTemplate = new LinkedHashMap<>();
    recipes.stream()
        .filter(recipe -> matches(recipe, deliverableId, sceneId, styleId))
        .sorted(ORDER)
        .forEachOrdered(recipe -> byTemplate.putIfAbsent(recipe.getTaskTemplateId(), recipe));
    return List.copyOf(byTemplate.values());
  }

  /** Each of the recipe's deliverable, scene and style is null or equal to the component's. */
  public static boolean matches(
      ComponentTaskRecipe recipe, Integer deliverableId, Integer sceneId, Integer styleId) {
    return fits(recipe.getDeliverableId(), deliverableId)
        && fits(recipe.getCoverageSceneId(), sceneId)
        && fits(recipe.getEditingStyleId(), styleId);
  }

  /** How many of deliverable, scene and style the recipe names (0 to 3). */
  public static int specificity(ComponentTaskRecipe recipe) {
    return (recipe.getDeliverableId() == null ? 0 : 1)
        + (recipe.getCoverageSceneId() == null ? 0 : 1)
        + (recipe.getEditingStyleId() == null ? 0 : 1);
  }

  private static boolean fits(Integer recipeValue, Integer componentValue) {
    return recipeValue == null || Objects.equals(recipeValue, componentValue);
  }
}
