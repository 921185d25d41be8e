package com.projectflo.automation.rest;

import com.projectflo.automation.application.RecipeDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST and PUT /api/catalog/recipes. */
@Schema(name = "RecipeRequest")
public record RecipeRequest(
    @Schema(description = "The deliverable it applies to; absent: any") Integer deliverableId,
    @Schema(description = "The coverage scene it applies to; absent: any") Integer coverageSceneId,
    @Schema(description = "The editing style it applies to; absent: any") Integer editingStyleId,
    @Schema(required = true, description = "The task template it generates") Integer taskTemplateId,
    @Schema(description = "Higher comes first", defaultValue = "0") Integer priority) {

  RecipeDetails toDetails() {
    return new RecipeDetails(
        deliverableId,
        coverageSceneId,
        editingStyleId,
        taskTemplateId,
        priority == null ? 0 : priority);
  }
}
