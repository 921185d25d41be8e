package com.projectflo.automation.rest;

import com.projectflo.automation.model.EditingStyleRequirement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A billable item an editing style requires, as the API shows it. */
@Schema(name = "StyleRequirement")
public record StyleRequirementResponse(
    int id, int editingStyleId, int billableItemId, int quantity) {

  static StyleRequirementResponse of(EditingStyleRequirement requirement) {
    return new StyleRequirementResponse(
        requirement.getId(),
        requirement.getEditingStyleId(),
        requirement.getBillableItemId(),
        requirement.getQuantity());
  }
}
