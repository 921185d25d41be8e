package com.projectflo.automation.application;

import jakarta.validation.constraints.NotNull;

/**
 * The editable fields of a component task recipe (create and full replace): deliverable, scene and
 * style each null to match any; the task template it generates; its priority (higher first).
 */
public record RecipeDetails(
    Integer deliverableId,
    Integer coverageSceneId,
    Integer editingStyleId,
    @NotNull(message = "is required") Integer taskTemplateId,
    int priority) {}
