package com.projectflo.automation.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of PUT on a style requirement: the new quantity (the item cannot change). */
@Schema(name = "StyleRequirementQuantityRequest")
public record StyleRequirementQuantityRequest(
    @Schema(required = true, minimum = "1") Integer quantity) {}
