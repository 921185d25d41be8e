package com.projectflo.automation.application;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A billable item an editing style requires, and how many of it (at least 1). */
public record StyleRequirementDetails(
    @NotNull(message = "is required") Integer billableItemId, @Min(1) int quantity) {}
