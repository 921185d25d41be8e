package com.projectflo.automation.rest;

import com.projectflo.automation.model.ComponentTaskRecipe;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task template a component selects, and the recipe that selected it. */
@Schema(name = "RecipeMatch")
public record RecipeMatchResponse(
    int recipeId, int priority, int taskTemplateId, String taskTemplateName) {

  static RecipeMatchResponse of(ComponentTaskRecipe recipe) {
    return new RecipeMatchResponse(
        recipe.getId(),
        recipe.getPriority(),
        recipe.getTaskTemplateId(),
        recipe.getTaskTemplate().getName());
  }
}
