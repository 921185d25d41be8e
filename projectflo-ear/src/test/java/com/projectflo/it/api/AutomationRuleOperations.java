package com.projectflo.it.api;

import static com.projectflo.it.api.Operations.MANAGERS;
import static com.projectflo.it.api.Operations.READERS;
import static com.projectflo.it.api.Operations.op;

import com.projectflo.it.api.Operations.Request;
import java.util.List;

/**
 * The catalogue entries (see {@link Operations}) of the automation rules: default components,
 * editing-style requirements and component task recipes.
 */
final class AutomationRuleOperations {

  private static Integer deliverableId;
  private static Integer styleId;
  private static Integer templateId;
  private static Integer componentId;
  private static Integer requirementId;
  private static Integer recipeId;

  static void addTo(List<Operations.Operation> ops, Fixtures fx) {
    String components = "/api/catalog/deliverables/{deliverableId}/default-components";
    ops.add(op("GET", components, () -> Request.of(components()), READERS, null));
    ops.add(
        op(
            "POST",
            components,
            () -> Request.json(components(), componentJson()),
            MANAGERS,
            "default_component.create"));
    ops.add(
        op(
            "GET",
            components + "/{id}",
            () -> Request.of(components() + "/" + componentId()),
            READERS,
            null));
    ops.add(
        op(
            "PUT",
            components + "/{id}",
            () -> Request.json(components() + "/" + componentId(), componentJson()),
            MANAGERS,
            "default_component.update"));
    ops.add(
        op(
            "DELETE",
            components + "/{id}",
            () -> Request.of(components() + "/" + created(components(), componentJson())),
            MANAGERS,
            "default_component.delete"));
    String requirements = "/api/catalog/editing-styles/{styleId}/requirements";
    ops.add(op("GET", requirements, () -> Request.of(requirements()), READERS, null));
    ops.add(
        op(
            "POST",
            requirements,
            () -> Request.json(requirements(), requirementJson()),
            MANAGERS,
            "style_requirement.create"));
    ops.add(
        op(
            "PUT",
            requirements + "/{id}",
            () -> Request.json(requirements() + "/" + requirementId(), "{\"quantity\":2}"),
            MANAGERS,
            "style_requirement.update"));
    ops.add(
        op(
            "DELETE",
            requirements + "/{id}",
            () -> Request.of(requirements() + "/" + created(requirements(), requirementJson())),
            MANAGERS,
            "style_requirement.delete"));
    String recipes = "/api/catalog/recipes";
    ops.add(op("GET", recipes, () -> Request.of(recipes + "?limit=5"), READERS, null));
    ops.add(
        op("POST", recipes, () -> Request.json(recipes, recipeJson()), MANAGERS, "recipe.create"));
    ops.add(
        op(
            "GET",
            recipes + "/match",
            () ->
                Request.of(
                    recipes
                        + "/match?deliverableId="
                        + deliverableId()
                        + "&editingStyleId="
                        + styleId()),
            READERS,
            null));
    ops.add(
        op("GET", recipes + "/{id}", () -> Request.of(recipes + "/" + recipeId()), READERS, null));
    ops.add(
        op(
            "PUT",
            recipes + "/{id}",
            () -> Request.json(recipes + "/" + recipeId(), recipeJson()),
            MANAGERS,
            "recipe.update"));
    ops.add(
        op(
            "DELETE",
            recipes + "/{id}",
            () -> Request.of(recipes + "/" + created(recipes, recipeJson())),
            MANAGERS,
            "recipe.delete"));
  }

  private static String components() {
    return "/api/catalog/deliverables/" + deliverableId() + "/default-components";
  }

  private static String requirements() {
    return "/api/catalog/editing-styles/" + styleId() + "/requirements";
  }

  private static String componentJson() {
    return "{\"defaultEditingStyleId\":" + styleId() + ",\"defaultTargetMinutes\":5}";
  }

  /** A requirement of a new billable item, so that each call is not a duplicate. */
  private static String requirementJson() {
    return "{\"billableItemId\":" + AutomationFixtures.billableItem() + ",\"quantity\":1}";
  }

  /** Recipes of the catalogue name their deliverable, so they match no other test's component. */
  private static String recipeJson() {
    return "{\"deliverableId\":"
        + deliverableId()
        + ",\"taskTemplateId\":"
        + templateId()
        + ",\"priority\":1}";
  }

  private static synchronized int deliverableId() {
    if (deliverableId == null) {
      deliverableId = AutomationFixtures.deliverable();
    }
    return deliverableId;
  }

  private static synchronized int styleId() {
    if (styleId == null) {
      styleId = AutomationFixtures.style();
    }
    return styleId;
  }

  private static synchronized int templateId() {
    if (templateId == null) {
      templateId = AutomationFixtures.taskTemplate();
    }
    return templateId;
  }

  private static synchronized int componentId() {
    if (componentId == null) {
      componentId = created(components(), componentJson());
    }
    return componentId;
  }

  private static synchronized int requirementId() {
    if (requirementId == null) {
      requirementId = created(requirements(), requirementJson());
    }
    return requirementId;
  }

  private static synchronized int recipeId() {
    if (recipeId == null) {
      recipeId = created("/api/catalog/recipes", recipeJson());
    }
    return recipeId;
  }

  /** POSTs as the administrator; returns the new id. */
  private static int created(String path, String json) {
    Api.Response created = Api.post(path, json);
    if (created.status() != 201) {
      throw new AssertionError(created.toString());
    }
    return created.json().getInt("id");
  }

  private AutomationRuleOperations() {}
}
