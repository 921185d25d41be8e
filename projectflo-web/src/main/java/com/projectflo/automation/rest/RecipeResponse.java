package com.projectflo.automation.rest;

import com.projectflo.automation.model.ComponentTaskRecipe;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A component task recipe as the API shows it; absent ids match anything. */
@Schema(name = "Recipe")
public record RecipeResponse(
    int id,
    Integer deliverableId,
    Integer coverageSceneId,
    Integer editingStyleId,
    int taskTemplateId,
    int priority) {

  static RecipeResponse of(ComponentTaskRecipe recipe) {
    return new RecipeResponse(
        recipe.getId(),
        recipe.getDeliverableId(),
        recipe.getCoverageSceneId(),
        recipe.getEditingStyleId(),
        recipe.getTaskTemplateId(),
        recipe.getPriority());
  }
}
