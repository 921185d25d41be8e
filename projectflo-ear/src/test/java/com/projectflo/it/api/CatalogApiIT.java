package com.projectflo.it.api;

import static com.projectflo.it.api.Api.delete;
import static com.projectflo.it.api.Api.get;
import static com.projectflo.it.api.Api.post;
import static com.projectflo.it.api.Api.put;
import static com.projectflo.it.api.Api.uniqueToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The six /api/catalog collections over HTTP. */
class CatalogApiIT {

  private static final String CATALOG = "/api/catalog/";

  private static JsonObject create(String collection, JsonObjectBuilder body) {
    Api.Response created = post(CATALOG + collection, body.build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private static JsonObjectBuilder entry(String name) {
    return Json.createObjectBuilder().add("name", name);
  }

  private static String path(String collection, JsonObject item) {
    return CATALOG + collection + "/" + item.getInt("id");
  }

  private static long count(String sql, Object... parameters) {
    return ((Number) Database.single(sql, parameters)).longValue();
  }

  private static int insert(String sql, Object... parameters) {
    return ((Number) Database.single(sql + " RETURNING id", parameters)).intValue();
  }

  private static BigDecimal number(JsonObject json, String name) {
    return json.getJsonNumber(name).bigDecimalValue();
  }

  @Test
  void createGetReplaceRetireAndDeleteACoverageScene() {
    String token = uniqueToken();
    Api.Response created =
        post(
            CATALOG + "coverage-scenes",
            entry("  Ceremony " + token + " ").add("description", "The vows").build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject scene = created.json();
    String path = path("coverage-scenes", scene);
    assertThat(created.header("Location")).endsWith(path);
    assertThat(created.header("ETag")).isEqualTo("\"" + scene.getJsonNumber("version") + "\"");
    assertThat(scene.getString("name")).isEqualTo("Ceremony " + token);
    assertThat(scene.getString("description")).isEqualTo("The vows");
    assertThat(scene.getBoolean("active")).isTrue();
    assertThat(get(path).json()).isEqualTo(scene);
    assertThat(Team.withRole("Videographer").client().get(path).status()).isEqualTo(200);
    assertThat(
            Team.withRole("Editor")
                .client()
                .post(CATALOG + "coverage-scenes", entry("No " + token).build().toString())
                .status())
        .isEqualTo(403);

    Api.Response replaced =
        put(path, entry("Vows " + token).build().toString(), "If-Match", created.header("ETag"));
    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    assertThat(replaced.json().getString("name")).isEqualTo("Vows " + token);
    assertThat(replaced.json().containsKey("description")).isFalse();
    Api.Response stale =
        put(path, entry("Stale " + token).build().toString(), "If-Match", created.header("ETag"));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
    assertThat(get(path).json().getString("name")).isEqualTo("Vows " + token);

    JsonObject retired = post(path + "/deactivate", null).json();
    assertThat(retired.getBoolean("active")).isFalse();
    assertThat(post(path + "/deactivate", null).json().getBoolean("active")).isFalse();
    assertThat(
            count(
                "SELECT COUNT(*) FROM coverage_scenes WHERE id = ? AND NOT is_active",
                scene.getInt("id")))
        .isEqualTo(1);
    assertThat(ids(get(CATALOG + "coverage-scenes?active=false&q=" + token).json()))
        .containsExactly(scene.getInt("id"));
    assertThat(ids(get(CATALOG + "coverage-scenes?active=true&q=" + token).json())).isEmpty();
    assertThat(post(path + "/activate", null).json().getBoolean("active")).isTrue();
    assertThat(ids(get(CATALOG + "coverage-scenes?active=true&q=VOWS+" + token).json()))
        .containsExactly(scene.getInt("id"));

    assertThat(delete(path, "If-Match", "\"0\"").status()).isEqualTo(412);
    assertThat(delete(path).status()).isEqualTo(204);
    assertThat(get(path).status()).isEqualTo(404);
    assertThat(delete(path).status()).isEqualTo(404);
    assertThat(post(path + "/activate", null).status()).isEqualTo(404);
  }

  @Test
  void namesAreUniqueIgnoringCase() {
    String token = uniqueToken();
    JsonObject style = create("editing-styles", entry("Cinematic " + token));
    Api.Response duplicate =
        post(CATALOG + "editing-styles", entry("CINEMATIC " + token).build().toString());
    assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
    assertThat(duplicate.errorFields()).containsExactly("name");
    JsonObject other = create("editing-styles", entry("Documentary " + token));
    Api.Response renamed =
        put(path("editing-styles", other), entry("cinematic " + token).build().toString());
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(409);
    assertThat(renamed.errorFields()).containsExactly("name");
    // Its own name, in another case, is fine; another table may use the same name.
    assertThat(
            put(path("editing-styles", style), entry("CINEMATIC " + token).build().toString())
                .status())
        .isEqualTo(200);
    create("deliverables", entry("Cinematic " + token));
  }

  @Test
  void listsPageByNameThenId() {
    String token = uniqueToken();
    List<Integer> expected = new ArrayList<>();
    for (String name : List.of("C", "A", "E", "B", "D")) {
      create("deliverables", entry("Film " + token + " " + name));
    }
    for (String name : List.of("A", "B", "C", "D", "E")) {
      expected.add(
          ((Number)
                  Database.single(
                      "SELECT id FROM deliverables WHERE name = ?", "Film " + token + " " + name))
              .intValue());
    }
    List<Integer> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page =
          get(CATALOG
                  + "deliverables?limit=2&q=film+"
                  + token
                  + (cursor == null ? "" : "&cursor=" + cursor))
              .json();
      seen.addAll(ids(page));
      cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
      pages++;
    } while (cursor != null);
    assertThat(seen).isEqualTo(expected);
    assertThat(pages).isEqualTo(3);
    assertThat(get(CATALOG + "deliverables?cursor=nonsense").errorFields())
        .containsExactly("cursor");
    assertThat(get(CATALOG + "deliverables?active=maybe").errorFields()).containsExactly("active");
    assertThat(get(CATALOG + "deliverables?limit=0").errorFields()).containsExactly("limit");
  }

  @Test
  void aNulCharacterInTextIs400NamingTheFieldAndWritesNothing() {
    JsonObject scene = create("coverage-scenes", entry("Vows " + uniqueToken()));
    Api.Response replace =
        put(
            path("coverage-scenes", scene),
            entry(scene.getString("name"))
                .add("description", "first\u0000look")
                .build()
                .toString());
    assertThat(replace.status()).as(replace.toString()).isEqualTo(400);
    assertThat(replace.contentType()).startsWith(Api.PROBLEM_JSON);
    assertThat(replace.errorFields()).containsExactly("description");
    assertThat(get(path("coverage-scenes", scene)).json().containsKey("description")).isFalse();

    Api.Response search = get(CATALOG + "coverage-scenes?q=vows%00");
    assertThat(search.status()).as(search.toString()).isEqualTo(400);
    assertThat(search.contentType()).startsWith(Api.PROBLEM_JSON);
    assertThat(search.errorFields()).containsExactly("q");
  }

  @Test
  void badInputNamesTheFieldAndWritesNothing() {
    String token = uniqueToken();
    assertThat(post(CATALOG + "deliverables", "{\"name\":\"  \"}").errorFields())
        .containsExactly("name");
    assertThat(
            post(CATALOG + "deliverables", entry("x".repeat(256)).build().toString()).errorFields())
        .containsExactly("name");
    assertThat(post(CATALOG + "deliverables", null).status()).isEqualTo(400);

    Api.Response hourlyWithoutRate =
        post(
            CATALOG + "operator-types",
            entry("Drone " + token)
                .add("pricingType", "Hourly")
                .add("defaultFixedPrice", 500)
                .build()
                .toString());
    assertThat(hourlyWithoutRate.status()).as(hourlyWithoutRate.toString()).isEqualTo(400);
    assertThat(hourlyWithoutRate.errorFields()).containsExactly("defaultHourlyRate");
    assertThat(
            post(
                    CATALOG + "operator-types",
                    entry("Drone " + token)
                        .add("pricingType", "Fixed")
                        .add("defaultHourlyRate", 80)
                        .build()
                        .toString())
                .errorFields())
        .containsExactly("defaultFixedPrice");
    assertThat(
            post(
                    CATALOG + "operator-types",
                    entry("Drone " + token)
                        .add("pricingType", "Daily")
                        .add("defaultHourlyRate", -1)
                        .build()
                        .toString())
                .errorFields())
        .containsExactly("defaultHourlyRate", "pricingType");

    assertThat(
            post(
                    CATALOG + "billable-items",
                    entry("Gimbal " + token)
                        .add("price", -5)
                        .add("pricingType", "Unit")
                        .build()
                        .toString())
                .errorFields())
        .containsExactly("price");
    assertThat(
            post(
                    CATALOG + "billable-items",
                    entry("Gimbal " + token).add("pricingType", "Each").build().toString())
                .errorFields())
        .containsExactly("price", "pricingType");

    Api.Response rules =
        post(
            CATALOG + "task-templates",
            template("Edit " + token)
                .add(
                    "effortCalculationRules",
                    Json.createObjectBuilder().add("baseHour", 2).add("maxHours", -1))
                .build()
                .toString());
    assertThat(rules.status()).as(rules.toString()).isEqualTo(400);
    assertThat(rules.errorFields())
        .containsExactly("effortCalculationRules.baseHour", "effortCalculationRules.maxHours");
    assertThat(
            post(
                    CATALOG + "task-templates",
                    template("Edit " + token)
                        .add("effortCalculationRules", "2h")
                        .build()
                        .toString())
                .errorFields())
        .containsExactly("effortCalculationRules");
    assertThat(
            post(
                    CATALOG + "task-templates",
                    entry("Edit " + token)
                        .add("pricingType", "Hourly")
                        .add("fixedPrice", 10)
                        .build()
                        .toString())
                .errorFields())
        .containsExactly("hourlyRate");
    assertThat(
            post(
                    CATALOG + "task-templates",
                    entry("Edit " + token)
                        .add("pricingType", "Fixed")
                        .add("effortHours", -2)
                        .add("averageDurationHours", -1)
                        .build()
                        .toString())
                .errorFields())
        .containsExactly("averageDurationHours", "effortHours");
    assertThat(
            post(
                    CATALOG + "task-templates",
                    entry("Edit " + token).add("pricingType", "Fixed").build().toString())
                .errorFields())
        .containsExactly("fixedPrice");

    for (String table :
        List.of("deliverables", "operator_types", "billable_items", "task_templates")) {
      assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE name LIKE ?", "%" + token))
          .as(table)
          .isZero();
    }
    JsonObject operator =
        create(
            "operator-types",
            entry("Camera " + token).add("pricingType", "Hourly").add("defaultHourlyRate", 85));
    Api.Response badUpdate =
        put(
            path("operator-types", operator),
            entry("Camera " + token).add("pricingType", "Fixed").build().toString());
    assertThat(badUpdate.errorFields()).containsExactly("defaultFixedPrice");
    assertThat(get(path("operator-types", operator)).json()).isEqualTo(operator);
    assertThat(get(CATALOG + "operator-types/999999999").status()).isEqualTo(404);
  }

  @Test
  void entriesStillUsedCannotBeDeletedButCanBeRetired() {
    String token = uniqueToken();
    JsonObject deliverable = create("deliverables", entry("Feature " + token));
    JsonObject scene = create("coverage-scenes", entry("Reception " + token));
    JsonObject style = create("editing-styles", entry("Classic " + token));
    int buildId = insert("INSERT INTO builds (status) VALUES ('Inquiry')");
    int buildDeliverableId =
        insert(
            "INSERT INTO build_deliverables (build_id, deliverable_id) VALUES (?, ?)",
            buildId,
            deliverable.getInt("id"));
    Database.execute(
        "INSERT INTO build_components (build_deliverable_id, coverage_scene_id, editing_style_id)"
            + " VALUES (?, ?, ?)",
        buildDeliverableId,
        scene.getInt("id"),
        style.getInt("id"));
    Database.execute(
        "INSERT INTO deliverable_default_components"
            + " (deliverable_id, coverage_scene_id, default_editing_style_id) VALUES (?, ?, ?)",
        deliverable.getInt("id"),
        scene.getInt("id"),
        style.getInt("id"));

    Api.Response styleInUse = delete(path("editing-styles", style));
    assertThat(styleInUse.status()).as(styleInUse.toString()).isEqualTo(409);
    assertThat(styleInUse.json().getString("detail"))
        .contains("used by 1 build component and 1 default component; deactivate it instead");
    Api.Response deliverableInUse = delete(path("deliverables", deliverable));
    assertThat(deliverableInUse.status()).isEqualTo(409);
    assertThat(deliverableInUse.json().getString("detail")).contains("used by 1 build deliverable");
    assertThat(delete(path("coverage-scenes", scene)).json().getString("detail"))
        .contains("used by 1 build component");
    long audits = Database.maxAuditId();
    assertThat(post(path("editing-styles", style) + "/deactivate", null).status()).isEqualTo(200);
    assertThat(Database.auditActionsAfter(audits)).containsExactly("editing_style.deactivate");

    // Without the build, only the default component holds the style; deleting the deliverable
    // takes its default components with it, and then the style can go.
    Database.execute("DELETE FROM builds WHERE id = ?", buildId);
    assertThat(delete(path("editing-styles", style)).json().getString("detail"))
        .contains("used by 1 default component;");
    assertThat(delete(path("deliverables", deliverable)).status()).isEqualTo(204);
    assertThat(
            count(
                "SELECT COUNT(*) FROM deliverable_default_components WHERE deliverable_id = ?",
                deliverable.getInt("id")))
        .isZero();
    audits = Database.maxAuditId();
    assertThat(delete(path("editing-styles", style)).status()).isEqualTo(204);
    assertThat(Database.auditActionsAfter(audits)).containsExactly("editing_style.delete");
    assertThat(delete(path("coverage-scenes", scene)).status()).isEqualTo(204);
  }

  @Test
  void operatorTypesBillableItemsAndTemplatesRoundTrip() {
    String token = uniqueToken();
    JsonObject operator =
        create(
            "operator-types",
            entry("Second shooter " + token)
                .add("pricingType", "Fixed")
                .add("defaultFixedPrice", 600)
                .add("active", false));
    assertThat(operator.getString("pricingType")).isEqualTo("Fixed");
    assertThat(number(operator, "defaultFixedPrice")).isEqualByComparingTo("600");
    assertThat(operator.getBoolean("active")).isFalse();
    int buildId = insert("INSERT INTO builds (status) VALUES ('Inquiry')");
    JsonObject scene = create("coverage-scenes", entry("Prep " + token));
    Database.execute(
        "INSERT INTO build_coverage_assignments (build_id, coverage_scene_id, operator_type_id,"
            + " rate_at_time_of_add) VALUES (?, ?, ?, 600)",
        buildId,
        scene.getInt("id"),
        operator.getInt("id"));
    assertThat(delete(path("operator-types", operator)).json().getString("detail"))
        .contains("used by 1 coverage assignment;");

    JsonObject item =
        create(
            "billable-items",
            entry("Drone permit " + token)
                .add("description", "City permit")
                .add("category", "Permits")
                .add("price", 75.5)
                .add("pricingType", "Unit"));
    assertThat(item.getString("category")).isEqualTo("Permits");
    assertThat(number(item, "price")).isEqualByComparingTo("75.50");
    assertThat(item.getString("pricingType")).isEqualTo("Unit");
    Database.execute(
        "INSERT INTO build_billable_items (build_id, billable_item_id, price_at_time_of_add)"
            + " VALUES (?, ?, 75.50)",
        buildId,
        item.getInt("id"));
    assertThat(delete(path("billable-items", item)).json().getString("detail"))
        .contains("used by 1 build billable item;");
    Database.execute("DELETE FROM builds WHERE id = ?", buildId);
    assertThat(delete(path("billable-items", item)).status()).isEqualTo(204);
    assertThat(delete(path("operator-types", operator)).status()).isEqualTo(204);
  }

  @Test
  void taskTemplateEffortFollowsItsRules() {
    String token = uniqueToken();
    JsonObject template =
        create(
            "task-templates",
            template("Highlight edit " + token)
                .add("phase", "Post-production")
                .add(
                    "effortCalculationRules",
                    Json.createObjectBuilder()
                        .add("baseHours", 2)
                        .add("hoursPerTargetMinute", 0.5)
                        .add("maxHours", 40))
                .add("averageDurationHours", 48));
    assertThat(template.getJsonObject("effortCalculationRules").keySet())
        .containsExactlyInAnyOrder("baseHours", "hoursPerTargetMinute", "maxHours");
    assertThat(number(template, "hourlyRate")).isEqualByComparingTo("40");
    String path = path("task-templates", template);

    // 2 + 0.5 × 12.5 = 8.25 hours at 40/h = 330.00.
    JsonObject effort = get(path + "/effort?targetMinutes=12.5").json();
    assertThat(effort.getInt("templateId")).isEqualTo(template.getInt("id"));
    assertThat(number(effort, "targetMinutes")).isEqualByComparingTo("12.5");
    assertThat(number(effort, "effortHours")).isEqualByComparingTo("8.25");
    assertThat(number(effort, "price")).isEqualByComparingTo("330.00");
    // 2 + 0.5 × 100 = 52, capped at 40 hours: 1600.00.
    JsonObject capped = get(path + "/effort?targetMinutes=100").json();
    assertThat(number(capped, "effortHours")).isEqualByComparingTo("40");
    assertThat(number(capped, "price")).isEqualByComparingTo("1600");
    assertThat(number(get(path + "/effort").json(), "effortHours")).isEqualByComparingTo("2");
    assertThat(get(path + "/effort?targetMinutes=-1").errorFields())
        .containsExactly("targetMinutes");
    assertThat(get(path + "/effort?targetMinutes=ten").errorFields())
        .containsExactly("targetMinutes");
    assertThat(Team.withRole("Editor").client().get(path + "/effort?targetMinutes=1").status())
        .isEqualTo(200);

    // A Fixed template costs its fixed price whatever the effort.
    JsonObject fixed =
        put(
                path,
                entry("Highlight edit " + token)
                    .add("effortHours", 6)
                    .add("pricingType", "Fixed")
                    .add("fixedPrice", 500)
                    .build()
                    .toString())
            .json();
    assertThat(fixed.containsKey("effortCalculationRules")).isFalse();
    JsonObject fixedEffort = get(path + "/effort?targetMinutes=12.5").json();
    assertThat(number(fixedEffort, "effortHours")).isEqualByComparingTo("6");
    assertThat(number(fixedEffort, "price")).isEqualByComparingTo("500.00");

    // 0.333 × 10 = 3.33 hours (rounded HALF_EVEN) at 45/h = 149.85; nothing is saved.
    long templates = count("SELECT COUNT(*) FROM task_templates");
    Api.Response preview =
        post(
            CATALOG + "task-templates/effort-preview",
            "{\"effortCalculationRules\":{\"hoursPerTargetMinute\":0.333},"
                + "\"pricingType\":\"Hourly\",\"hourlyRate\":45,\"targetMinutes\":10}");
    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    assertThat(preview.json().containsKey("templateId")).isFalse();
    assertThat(number(preview.json(), "effortHours")).isEqualByComparingTo("3.33");
    assertThat(number(preview.json(), "price")).isEqualByComparingTo("149.85");
    assertThat(count("SELECT COUNT(*) FROM task_templates")).isEqualTo(templates);
    assertThat(
            post(
                    CATALOG + "task-templates/effort-preview",
                    "{\"effortCalculationRules\":{\"minHours\":1},\"pricingType\":\"Hourly\"}")
                .errorFields())
        .containsExactly("effortCalculationRules", "hourlyRate");
  }

  private static JsonObjectBuilder template(String name) {
    return entry(name).add("pricingType", "Hourly").add("hourlyRate", 40);
  }

  private static List<Integer> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getInt("id"))
        .toList();
  }

  @Test
  void theDatabaseRefusesNamesDifferingOnlyInCase() {
    String token = uniqueToken();
    String[] inserts = {
      "INSERT INTO coverage_scenes (name) VALUES (?)",
      "INSERT INTO deliverables (name) VALUES (?)",
      "INSERT INTO editing_styles (name) VALUES (?)",
      "INSERT INTO operator_types (name, pricing_type, default_hourly_rate)"
          + " VALUES (?, 'Hourly', 1)",
      "INSERT INTO billable_items (name, price) VALUES (?, 1)",
      "INSERT INTO task_templates (name, pricing_type, fixed_price) VALUES (?, 'Fixed', 1)",
    };
    for (String insert : inserts) {
      Database.execute(insert, "Twin " + token);
      assertThatThrownBy(() -> Database.execute(insert, "TWIN " + token.toUpperCase()))
          .as(insert)
          .hasRootCauseInstanceOf(SQLException.class)
          .rootCause()
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
    }
  }

  @Test
  void simultaneousCreatesOfOneNameInAnyCaseMakeOneEntry() throws Exception {
    String token = uniqueToken();
    String[] spellings = {"Race", "race", "RACE", "rAce", "raCe", "racE"};
    List<Api.Response> responses =
        ConcurrentBuildEditsApiIT.concurrently(
            spellings.length,
            i ->
                post(
                    CATALOG + "deliverables",
                    entry(spellings[i] + " " + token).build().toString()));

    assertThat(responses).extracting(Api.Response::status).containsOnly(201, 409);
    assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
    for (Api.Response refused : responses.stream().filter(r -> r.status() == 409).toList()) {
      assertThat(refused.header("Content-Type")).startsWith(Api.PROBLEM_JSON);
      assertThat(refused.errorFields()).as(refused.toString()).containsExactly("name");
    }
    assertThat(count("SELECT count(*) FROM deliverables WHERE lower(name) = ?", "race " + token))
        .isEqualTo(1L);
  }
}
