package com.projectflo.automation.application;

import com.projectflo.platform.application.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Filters (each an exact id, all optional) and the page of a recipe listing. */
public record RecipeListQuery(
    Integer deliverableId,
    Integer coverageSceneId,
    Integer editingStyleId,
    Integer taskTemplateId,
    @NotNull @Valid PageRequest page) {}
