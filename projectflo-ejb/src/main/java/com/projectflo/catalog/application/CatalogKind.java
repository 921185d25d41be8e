package com.projectflo.catalog.application;

import com.projectflo.catalog.model.BillableItem;
import com.projectflo.catalog.model.CatalogItem;
import com.projectflo.catalog.model.CoverageScene;
import com.projectflo.catalog.model.Deliverable;
import com.projectflo.catalog.model.EditingStyle;
import com.projectflo.catalog.model.OperatorType;
import com.projectflo.catalog.model.TaskTemplate;
import com.projectflo.catalog.persistence.CatalogReference;
import java.util.List;

/**
 * The six catalog tables: their entity, how problems and the audit log name them, and the foreign
 * keys with ON DELETE RESTRICT that keep a used entry from being deleted (it is deactivated
 * instead). References that cascade (rules, skill rates) are not listed: deleting removes them.
 */
public enum CatalogKind {
  COVERAGE_SCENE(
      CoverageScene.class,
      "Coverage scene",
      "coverage_scene",
      List.of(
          new CatalogReference(
              "build_coverage_assignments",
              "coverage_scene_id",
              "coverage assignment",
              "coverage assignments"),
          new CatalogReference(
              "build_components", "coverage_scene_id", "build component", "build components"))),
  DELIVERABLE(
      Deliverable.class,
      "Deliverable",
      "deliverable",
      List.of(
          new CatalogReference(
              "build_deliverables", "deliverable_id", "build deliverable", "build deliverables"))),
  EDITING_STYLE(
      EditingStyle.class,
      "Editing style",
      "editing_style",
      List.of(
          new CatalogReference(
              "build_components", "editing_style_id", "build component", "build components"),
          new CatalogReference(
              "deliverable_default_components",
              "default_editing_style_id",
              "default component",
              "default components"),
          new CatalogReference(
              "build_billable_items",
              "added_for_editing_style_id",
              "build billable item",
              "build billable items"))),
  OPERATOR_TYPE(
      OperatorType.class,
      "Operator type",
      "operator_type",
      List.of(
          new CatalogReference(
              "build_coverage_assignments",
              "operator_type_id",
              "coverage assignment",
              "coverage assignments"))),
  BILLABLE_ITEM(
      BillableItem.class,
      "Billable item",
      "billable_item",
      List.of(
          new CatalogReference(
              "build_billable_items",
              "billable_item_id",
              "build billable item",
              "build billable items"))),
  TASK_TEMPLATE(
      TaskTemplate.class,
      "Task template",
      "task_template",
      List.of(new CatalogReference("tasks", "task_template_id", "task", "tasks")));

  private final Class<? extends CatalogItem> type;
  private final String resource;
  private final String entity;
  private final List<CatalogReference> references;

  CatalogKind(
      Class<? extends CatalogItem> type,
      String resource,
      String entity,
      List<CatalogReference> references) {
    this.type = type;
    this.resource = resource;
    this.entity = entity;
    this.references = references;
  }

  public Class<? extends CatalogItem> type() {
    return type;
  }

  /** How a problem names it: "Coverage scene". */
  public String resource() {
    return resource;
  }

  /** The audit entity, and the prefix of the audit actions: "coverage_scene". */
  public String entity() {
    return entity;
  }

  public String action(String verb) {
    return entity + "." + verb;
  }

  public List<CatalogReference> references() {
    return references;
  }
}
