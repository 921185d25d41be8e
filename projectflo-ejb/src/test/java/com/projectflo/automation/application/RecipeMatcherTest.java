package com.projectflo.automation.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.automation.model.ComponentTaskRecipe;
import com.projectflo.catalog.model.CoverageScene;
import com.projectflo.catalog.model.Deliverable;
import com.projectflo.catalog.model.EditingStyle;
import com.projectflo.catalog.model.TaskTemplate;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipeMatcherTest {

  private static final int DELIVERABLE = 10;
  private static final int SCENE = 20;
  private static final int STYLE = 30;

  private final List<ComponentTaskRecipe> recipes = new ArrayList<>();

  @Test
  void nullFieldsMatchAnythingAndNamedFieldsMustBeEqual() {
    recipe(1, null, null, null, 100, 0);
    recipe(2, DELIVERABLE, null, null, 101, 0);
    recipe(3, DELIVERABLE, SCENE, STYLE, 102, 0);
    recipe(4, 11, null, null, 103, 0);
    recipe(5, null, 21, null, 104, 0);
    recipe(6, null, null, 31, 105, 0);
    recipe(7, DELIVERABLE, SCENE, 31, 106, 0);

    assertThat(recipeIds(RecipeMatcher.select(recipes, DELIVERABLE, SCENE, STYLE)))
        .containsExactly(3, 2, 1);
  }

  @Test
  void aComponentWithoutASceneIsMatchedOnlyByRecipesOpenOnTheScene() {
    recipe(1, null, SCENE, null, 100, 0);
    recipe(2, DELIVERABLE, null, STYLE, 101, 0);

    assertThat(recipeIds(RecipeMatcher.select(recipes, DELIVERABLE, null, STYLE)))
        .containsExactly(2);
  }

  @Test
  void higherPriorityComesFirstWhateverTheSpecificity() {
    recipe(1, DELIVERABLE, SCENE, STYLE, 100, 0);
    recipe(2, null, null, null, 101, 5);
    recipe(3, null, null, STYLE, 102, -1);

    assertThat(recipeIds(RecipeMatcher.select(recipes, DELIVERABLE, SCENE, STYLE)))
        .containsExactly(2, 1, 3);
  }

  @Test
  void equalPriorityIsBrokenBySpecificityThenByRecipeId() {
    recipe(9, null, null, null, 100, 1);
    recipe(8, null, SCENE, null, 101, 1);
    recipe(7, DELIVERABLE, null, STYLE, 102, 1);
    recipe(6, null, null, STYLE, 103, 1);
    recipe(5, null, SCENE, STYLE, 104, 1);

    assertThat(recipeIds(RecipeMatcher.select(recipes, DELIVERABLE, SCENE, STYLE)))
        .containsExactly(5, 7, 6, 8, 9);
  }

  @Test
  void aTemplateIsSelectedOnceByTheFirstRecipeInOrder() {
    recipe(1, null, null, null, 100, 0);
    recipe(2, DELIVERABLE, SCENE, null, 100, 0);
    recipe(3, null, null, null, 200, 0);
    recipe(4, null, null, STYLE, 100, 3);

    List<ComponentTaskRecipe> selected = RecipeMatcher.select(recipes, DELIVERABLE, SCENE, STYLE);

    assertThat(recipeIds(selected)).containsExactly(4, 3);
    assertThat(selected)
        .extracting(ComponentTaskRecipe::getTaskTemplateId)
        .containsExactly(100, 200);
  }

  @Test
  void nothingMatchesGivesAnEmptyList() {
    recipe(1, 11, null, null, 100, 0);

    assertThat(RecipeMatcher.select(recipes, DELIVERABLE, SCENE, STYLE)).isEmpty();
    assertThat(RecipeMatcher.select(List.of(), DELIVERABLE, SCENE, STYLE)).isEmpty();
  }

  @Test
  void specificityCountsTheNamedFields() {
    assertThat(RecipeMatcher.specificity(recipe(1, null, null, null, 100, 0))).isZero();
    assertThat(RecipeMatcher.specificity(recipe(2, DELIVERABLE, null, STYLE, 100, 0))).isEqualTo(2);
    assertThat(RecipeMatcher.specificity(recipe(3, DELIVERABLE, SCENE, STYLE, 100, 0)))
        .isEqualTo(3);
  }

  private ComponentTaskRecipe recipe(
      int id,
      Integer deliverableId,
      Integer sceneId,
      Integer styleId,
      int templateId,
      int priority) {
    ComponentTaskRecipe recipe = new ComponentTaskRecipe();
    withId(recipe, id);
    recipe.setDeliverable(deliverableId == null ? null : withId(new Deliverable(), deliverableId));
    recipe.setCoverageScene(sceneId == null ? null : withId(new CoverageScene(), sceneId));
    recipe.setEditingStyle(styleId == null ? null : withId(new EditingStyle(), styleId));
    recipe.setTaskTemplate(withId(new TaskTemplate(), templateId));
    recipe.setPriority(priority);
    recipes.add(recipe);
    return recipe;
  }

  private static List<Integer> recipeIds(List<ComponentTaskRecipe> selected) {
    return selected.stream().map(ComponentTaskRecipe::getId).toList();
  }

  /** Sets the private generated {@code id} of an entity (declared on it or a superclass). */
  private static <T> T withId(T entity, int id) {
    for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
      } catch (NoSuchFieldException e) {
        // Try the superclass.
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no id field on " + entity.getClass());
  }
}
