package com.projectflo.it.api;

import static com.projectflo.it.api.Operations.MANAGERS;
import static com.projectflo.it.api.Operations.READERS;
import static com.projectflo.it.api.Operations.op;

import com.projectflo.it.api.Operations.Request;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The catalogue entries (see {@link Operations}) of the six /api/catalog collections. */
final class CatalogOperations {

  private static final Map<String, Integer> SHARED = new HashMap<>();

  static void addTo(List<Operations.Operation> ops, Fixtures fx) {
    addCollection(ops, "coverage-scenes", "coverage_scene", CatalogOperations::entryJson);
    addCollection(ops, "deliverables", "deliverable", CatalogOperations::entryJson);
    addCollection(ops, "editing-styles", "editing_style", CatalogOperations::entryJson);
    addCollection(ops, "operator-types", "operator_type", CatalogOperations::operatorTypeJson);
    addCollection(ops, "billable-items", "billable_item", CatalogOperations::billableItemJson);
    addCollection(ops, "task-templates", "task_template", CatalogOperations::taskTemplateJson);
    String templates = "/api/catalog/task-templates";
    ops.add(
        op(
            "GET",
            templates + "/{id}/effort",
            () ->
                Request.of(
                    templates
                        + "/"
                        + shared("task-templates", CatalogOperations::taskTemplateJson)
                        + "/effort?targetMinutes=12.5"),
            READERS,
            null));
    ops.add(
        op(
            "POST",
            templates + "/effort-preview",
            () ->
                Request.json(
                    templates + "/effort-preview",
                    "{\"effortCalculationRules\":{\"baseHours\":2,\"hoursPerTargetMinute\":0.5},"
                        + "\"pricingType\":\"Hourly\",\"hourlyRate\":40,\"targetMinutes\":10}"),
            READERS,
            null));
  }

  private static void addCollection(
      List<Operations.Operation> ops, String collection, String entity, Supplier<String> json) {
    String base = "/api/catalog/" + collection;
    Supplier<String> one = () -> base + "/" + shared(collection, json);
    ops.add(op("POST", base, () -> Request.json(base, json.get()), MANAGERS, entity + ".create"));
    ops.add(op("GET", base, () -> Request.of(base + "?limit=5"), READERS, null));
    ops.add(op("GET", base + "/{id}", () -> Request.of(one.get()), READERS, null));
    ops.add(
        op(
            "PUT",
            base + "/{id}",
            () -> Request.json(one.get(), json.get()),
            MANAGERS,
            entity + ".update"));
    ops.add(
        op(
            "DELETE",
            base + "/{id}",
            () -> Request.of(base + "/" + create(base, json.get())),
            MANAGERS,
            entity + ".delete"));
    ops.add(
        op(
            "POST",
            base + "/{id}/deactivate",
            () -> Request.of(one.get() + "/deactivate"),
            MANAGERS,
            entity + ".deactivate"));
    ops.add(
        op(
            "POST",
            base + "/{id}/activate",
            () -> Request.of(one.get() + "/activate"),
            MANAGERS,
            entity + ".activate"));
  }

  /** The entry of a collection the catalogue reads and edits, created once. */
  private static synchronized int shared(String collection, Supplier<String> json) {
    Integer id = SHARED.get(collection);
    if (id == null) {
      id = create("/api/catalog/" + collection, json.get());
      SHARED.put(collection, id);
    }
    return id;
  }

  /** A new entry (as the administrator); returns its id. */
  static int create(String base, String json) {
    Api.Response created = Api.post(base, json);
    if (created.status() != 201) {
      throw new AssertionError(created.toString());
    }
    return created.json().getInt("id");
  }

  static String entryJson() {
    return "{\"name\":\"Entry " + Api.uniqueToken() + "\",\"description\":\"test\"}";
  }

  static String operatorTypeJson() {
    return "{\"name\":\"Operator "
        + Api.uniqueToken()
        + "\",\"pricingType\":\"Hourly\",\"defaultHourlyRate\":85}";
  }

  static String billableItemJson() {
    return "{\"name\":\"Item "
        + Api.uniqueToken()
        + "\",\"category\":\"Equipment\",\"price\":150,\"pricingType\":\"Fixed\"}";
  }

  static String taskTemplateJson() {
    return "{\"name\":\"Template "
        + Api.uniqueToken()
        + "\",\"phase\":\"Post-production\",\"effortCalculationRules\":{\"baseHours\":2,"
        + "\"hoursPerTargetMinute\":0.5},\"pricingType\":\"Hourly\",\"hourlyRate\":40}";
  }

  private CatalogOperations() {}
}
