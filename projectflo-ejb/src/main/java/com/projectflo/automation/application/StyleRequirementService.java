package com.projectflo.automation.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.automation.model.EditingStyleRequirement;
import com.projectflo.automation.persistence.CatalogReferences;
import com.projectflo.automation.persistence.StyleRequirementRepository;
import com.projectflo.catalog.model.BillableItem;
import com.projectflo.catalog.model.EditingStyle;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The billable items an editing style requires, one row per item with a quantity. Reading takes
 * {@code catalog.read}, changing {@code catalog.write}. Deleting is a hard delete.
 */
@Stateless
public class StyleRequirementService {

  static final String ENTITY = "style_requirement";

  @Inject private StyleRequirementRepository requirements;

  @Inject private CatalogReferences catalog;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CATALOG_READ)
  public List<EditingStyleRequirement> listRequirements(int styleId) {
    requireStyle(styleId);
    return requirements.findByStyle(styleId);
  }

  /** A style requires an item once: a second requirement for the same item is a conflict. */
  @RequiresPermission(Permissions.CATALOG_WRITE)
  public EditingStyleRequirement createRequirement(
      int styleId, @NotNull @Valid StyleRequirementDetails details) {
    EditingStyle style = requireStyle(styleId);
    ReferenceCheck check = new ReferenceCheck(catalog);
    BillableItem item =
        check.find(BillableItem.class, "billableItemId", "billable item", details.billableItemId());
    check.throwIfAny();
    if (requirements.findByStyleAndItem(styleId, item.getId()).isPresent()) {
      throw new ConflictException(
          "billableItemId",
          "editing style " + styleId + " already requires billable item " + item.getId());
    }
    EditingStyleRequirement requirement = new EditingStyleRequirement();
    requirement.setEditingStyle(style);
    requirement.setBillableItem(item);
    requirement.setQuantity(details.quantity());
    requirements.add(requirement);
    audit.record(
        "style_requirement.create", ENTITY, requirement.getId(), null, State.of(requirement));
    return requirement;
  }

  /** Changes the quantity only (the item of a requirement is its identity). */
  @RequiresPermission(Permissions.CATALOG_WRITE)
  public EditingStyleRequirement updateQuantity(int styleId, int id, int quantity) {
    if (quantity < 1) {
      throw new InvalidInputException("quantity", "must be greater than or equal to 1");
    }
    EditingStyleRequirement requirement = find(styleId, id);
    State before = State.of(requirement);
    requirement.setQuantity(quantity);
    requirements.flush();
    audit.record("style_requirement.update", ENTITY, id, before, State.of(requirement));
    return requirement;
  }

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public void deleteRequirement(int styleId, int id) {
    EditingStyleRequirement requirement = find(styleId, id);
    State before = State.of(requirement);
    requirements.remove(requirement);
    audit.record("style_requirement.delete", ENTITY, id, before, null);
  }

  private EditingStyle requireStyle(int styleId) {
    return catalog
        .find(EditingStyle.class, styleId)
        .orElseThrow(() -> new NoSuchResourceException("Editing style", styleId));
  }

  private EditingStyleRequirement find(int styleId, int id) {
    requireStyle(styleId);
    return requirements
        .findById(id)
        .filter(requirement -> requirement.getEditingStyleId() == styleId)
        .orElseThrow(() -> new NoSuchResourceException("Style requirement", id));
  }

  /** The audited state of a requirement. */
  record State(int editingStyleId, int billableItemId, int quantity) {

    static State of(EditingStyleRequirement requirement) {
      return new State(
          requirement.getEditingStyleId(),
          requirement.getBillableItemId(),
          requirement.getQuantity());
    }
  }
}
