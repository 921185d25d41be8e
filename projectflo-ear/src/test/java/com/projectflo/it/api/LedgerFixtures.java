package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/**
 * A small catalog of its own (names made unique) for pricing tests, with the hand-computed prices
 * of docs/pricing.md's worked example. Every recipe names this catalog's deliverable, so recipes of
 * other tests never price these components.
 */
final class LedgerFixtures {

  final String token = Api.uniqueToken();
  final int ceremony =
      insert("INSERT INTO coverage_scenes (name) VALUES (?) RETURNING id", "Ceremony " + token);
  final int reception =
      insert("INSERT INTO coverage_scenes (name) VALUES (?) RETURNING id", "Reception " + token);
  final int videographer =
      insert(
          "INSERT INTO operator_types (name, pricing_type, default_hourly_rate)"
              + " VALUES (?, 'Hourly', 100.00) RETURNING id",
          "Lead videographer " + token);
  final int drone =
      insert(
          "INSERT INTO operator_types (name, pricing_type, default_fixed_price)"
              + " VALUES (?, 'Fixed', 350.00) RETURNING id",
          "Drone " + token);
  final int cinematic =
      insert("INSERT INTO editing_styles (name) VALUES (?) RETURNING id", "Cinematic " + token);
  final int documentary =
      insert("INSERT INTO editing_styles (name) VALUES (?) RETURNING id", "Documentary " + token);
  final int lut =
      insert(
          "INSERT INTO billable_items (name, price, pricing_type) VALUES (?, 80.00, 'Fixed')"
              + " RETURNING id",
          "LUT licence " + token);
  final int usb =
      insert(
          "INSERT INTO billable_items (name, price, pricing_type) VALUES (?, 25.00, 'Unit')"
              + " RETURNING id",
          "USB keepsake " + token);
  final int highlight =
      insert("INSERT INTO deliverables (name) VALUES (?) RETURNING id", "Highlight film " + token);
  final int edit =
      insert(
          "INSERT INTO task_templates (name, pricing_type, hourly_rate, effort_calculation_rules)"
              + " VALUES (?, 'Hourly', 50.00,"
              + " '{\"baseHours\": 2, \"hoursPerTargetMinute\": 0.5, \"maxHours\": 4}') RETURNING id",
          "Edit " + token);
  final int grade =
      insert(
          "INSERT INTO task_templates (name, pricing_type, fixed_price) VALUES (?, 'Fixed', 120.00)"
              + " RETURNING id",
          "Grade " + token);
  final int review =
      insert(
          "INSERT INTO task_templates (name, pricing_type, hourly_rate, effort_hours)"
              + " VALUES (?, 'Hourly', 40.00, 1.25) RETURNING id",
          "Review " + token);

  LedgerFixtures() {
    defaultComponent(ceremony, cinematic, "5.00", true);
    defaultComponent(reception, documentary, "3.00", false);
    defaultComponent(null, documentary, "1.00", true);
    recipe(null, null, edit, 0);
    recipe(null, cinematic, grade, 5);
    recipe(ceremony, null, edit, 10);
    recipe(null, null, review, 0);
    Database.execute(
        "INSERT INTO editing_style_requirements (editing_style_id, billable_item_id, quantity)"
            + " VALUES (?, ?, 1)",
        cinematic,
        lut);
  }

  /** An inquiry of a new couple marrying on a date no other test uses; returns its id. */
  static int inquiry() {
    return InquiryFixtures.createInquiry(
        InquiryFixtures.lead(Api.uniqueToken())
            .add("weddingDate", InquiryFixtures.uniqueDate().toString())
            .build()
            .toString());
  }

  /** The worked example's first lines: 2 videographers × 6 h, a drone, the highlight film. */
  JsonArrayBuilder exampleLines() {
    return Json.createArrayBuilder()
        .add(addCoverage(ceremony, videographer, 2, "6"))
        .add(addCoverage(reception, drone, 1, null))
        .add(op("addDeliverable").add("deliverableId", highlight));
  }

  /** A draft build of a new inquiry with the example lines (2350.00). */
  JsonObject exampleBuild() {
    String body =
        Json.createObjectBuilder()
            .add("inquiryId", inquiry())
            .add("operations", exampleLines())
            .build()
            .toString();
    Api.Response created = Api.post("/api/builds", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  static JsonObjectBuilder op(String op) {
    return Json.createObjectBuilder().add("op", op);
  }

  static JsonObjectBuilder addCoverage(int scene, int operator, int quantity, String hours) {
    JsonObjectBuilder op =
        op("addCoverage")
            .add("coverageSceneId", scene)
            .add("operatorTypeId", operator)
            .add("quantity", quantity);
    return hours == null ? op : op.add("hours", new BigDecimal(hours));
  }

  static String operations(JsonObjectBuilder... operations) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (JsonObjectBuilder operation : operations) {
      array.add(operation);
    }
    return Json.createObjectBuilder().add("operations", array).build().toString();
  }

  private void defaultComponent(Integer scene, int style, String minutes, boolean included) {
    Database.execute(
        "INSERT INTO deliverable_default_components (deliverable_id, coverage_scene_id,"
            + " default_editing_style_id, default_target_minutes, default_is_included)"
            + " VALUES (?, ?, ?, ?, ?)",
        highlight,
        scene,
        style,
        new BigDecimal(minutes),
        included);
  }

  private void recipe(Integer scene, Integer style, int template, int priority) {
    Database.execute(
        "INSERT INTO component_task_recipes (deliverable_id, coverage_scene_id, editing_style_id,"
            + " task_template_id, priority) VALUES (?, ?, ?, ?, ?)",
        highlight,
        scene,
        style,
        template,
        priority);
  }

  private static int insert(String sql, Object... parameters) {
    return ((Number) Database.single(sql, parameters)).intValue();
  }
}
