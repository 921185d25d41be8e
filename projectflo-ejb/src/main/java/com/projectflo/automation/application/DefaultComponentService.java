package com.projectflo.automation.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.automation.model.DeliverableDefaultComponent;
import com.projectflo.automation.persistence.CatalogReferences;
import com.projectflo.automation.persistence.DefaultComponentRepository;
import com.projectflo.catalog.model.CoverageScene;
import com.projectflo.catalog.model.Deliverable;
import com.projectflo.catalog.model.EditingStyle;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The standard parts of a deliverable: which scene, in which editing style, how long, included or
 * not. Reading takes {@code catalog.read}, changing {@code catalog.write}. The rows have no
 * version: a replace is unconditional. Deleting is a hard delete.
 */
@Stateless
public class DefaultComponentService {

  static final String ENTITY = "default_component";

  @Inject private DefaultComponentRepository components;

  @Inject private CatalogReferences catalog;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CATALOG_READ)
  public List<DeliverableDefaultComponent> listComponents(int deliverableId) {
    requireDeliverable(deliverableId);
    return components.findByDeliverable(deliverableId);
  }

  @RequiresPermission(Permissions.CATALOG_READ)
  public DeliverableDefaultComponent getComponent(int deliverableId, int id) {
    return find(deliverableId, id);
  }

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public DeliverableDefaultComponent createComponent(
      int deliverableId, @NotNull @Valid DefaultComponentDetails details) {
    Deliverable deliverable = requireDeliverable(deliverableId);
    DeliverableDefaultComponent component = new DeliverableDefaultComponent();
    component.setDeliverable(deliverable);
    apply(component, details);
    components.add(component);
    audit.record("default_component.create", ENTITY, component.getId(), null, State.of(component));
    return component;
  }

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public DeliverableDefaultComponent updateComponent(
      int deliverableId, int id, @NotNull @Valid DefaultComponentDetails details) {
    DeliverableDefaultComponent component = find(deliverableId, id);
    State before = State.of(component);
    apply(component, details);
    components.flush();
    audit.record("default_component.update", ENTITY, id, before, State.of(component));
    return component;
  }

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public void deleteComponent(int deliverableId, int id) {
    DeliverableDefaultComponent component = find(deliverableId, id);
    State before = State.of(component);
    components.remove(component);
    audit.record("default_component.delete", ENTITY, id, before, null);
  }

  private void apply(DeliverableDefaultComponent component, DefaultComponentDetails details) {
    ReferenceCheck check = new ReferenceCheck(catalog);
    CoverageScene scene =
        check.find(
            CoverageScene.class, "coverageSceneId", "coverage scene", details.coverageSceneId());
    EditingStyle style =
        check.find(
            EditingStyle.class,
            "defaultEditingStyleId",
            "editing style",
            details.defaultEditingStyleId());
    check.throwIfAny();
    component.setCoverageScene(scene);
    component.setDefaultEditingStyle(style);
    BigDecimal minutes = details.defaultTargetMinutes();
    component.setDefaultTargetMinutes(
        minutes == null ? null : minutes.setScale(2, RoundingMode.HALF_EVEN));
    component.setDefaultIncluded(details.defaultIncluded());
  }

  private Deliverable requireDeliverable(int deliverableId) {
    return catalog
        .find(Deliverable.class, deliverableId)
        .orElseThrow(() -> new NoSuchResourceException("Deliverable", deliverableId));
  }

  private DeliverableDefaultComponent find(int deliverableId, int id) {
    requireDeliverable(deliverableId);
    return components
        .findById(id)
        .filter(component -> component.getDeliverableId() == deliverableId)
        .orElseThrow(() -> new NoSuchResourceException("Default component", id));
  }

  /** The audited state of a default component. */
  record State(
      int deliverableId,
      Integer coverageSceneId,
      int defaultEditingStyleId,
      BigDecimal defaultTargetMinutes,
      boolean defaultIncluded) {

    static State of(DeliverableDefaultComponent component) {
      return new State(
          component.getDeliverableId(),
          component.getCoverageSceneId(),
          component.getDefaultEditingStyleId(),
          component.getDefaultTargetMinutes(),
          component.isDefaultIncluded());
    }
  }
}
