package com.projectflo.automation.rest;

import com.projectflo.automation.application.StyleRequirementDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST on an editing style's requirements. */
@Schema(name = "StyleRequirementRequest")
public record StyleRequirementRequest(
    @Schema(required = true, description = "The required billable item; once per style")
        Integer billableItemId,
    @Schema(description = "How many, at least 1", defaultValue = "1", minimum = "1")
        Integer quantity) {

  StyleRequirementDetails toDetails() {
    return new StyleRequirementDetails(billableItemId, quantity == null ? 1 : quantity);
  }
}
