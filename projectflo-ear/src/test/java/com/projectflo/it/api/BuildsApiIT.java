package com.projectflo.it.api;

import static com.projectflo.it.api.Api.get;
import static com.projectflo.it.api.Api.post;
import static com.projectflo.it.api.LedgerFixtures.addCoverage;
import static com.projectflo.it.api.LedgerFixtures.op;
import static com.projectflo.it.api.LedgerFixtures.operations;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Draft builds over HTTP: the worked example of docs/pricing.md, edits, bad input, the lifecycle.
 */
class BuildsApiIT {

  private static final LedgerFixtures CATALOG = new LedgerFixtures();

  static String path(JsonObject build) {
    return "/api/builds/" + build.getInt("id");
  }

  static BigDecimal money(JsonObject object, String field) {
    return object.getJsonNumber(field).bigDecimalValue();
  }

  static BigDecimal live(JsonObject build) {
    return money(build, "livePrice");
  }

  /** The sum of every line's price in the response: always the live price. */
  static BigDecimal sumOfLines(JsonObject build) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonObject line : build.getJsonArray("coverage").getValuesAs(JsonObject.class)) {
      sum = sum.add(money(line, "price"));
    }
    for (JsonObject deliverable :
        build.getJsonArray("deliverables").getValuesAs(JsonObject.class)) {
      for (JsonObject component :
          deliverable.getJsonArray("components").getValuesAs(JsonObject.class)) {
        sum = sum.add(money(component, "price"));
      }
    }
    for (JsonObject line : build.getJsonArray("billableItems").getValuesAs(JsonObject.class)) {
      sum = sum.add(money(line, "price"));
    }
    return sum;
  }

  static JsonObject edit(JsonObject build, String body) {
    Api.Response edited = post(path(build) + "/operations", body);
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    JsonObject after = edited.json();
    assertThat(sumOfLines(after)).isEqualByComparingTo(live(after));
    return after;
  }

  static List<JsonObject> components(JsonObject build) {
    return build.getJsonArray("deliverables").getValuesAs(JsonObject.class).stream()
        .flatMap(d -> d.getJsonArray("components").getValuesAs(JsonObject.class).stream())
        .toList();
  }

  @Test
  void theWorkedExamplePricesLineByLine() {
    JsonObject build = CATALOG.exampleBuild();

    assertThat(build.getString("status")).isEqualTo("Inquiry");
    List<JsonObject> coverage = build.getJsonArray("coverage").getValuesAs(JsonObject.class);
    assertThat(coverage)
        .extracting(c -> money(c, "price").toPlainString())
        .containsExactly("1200.00", "350.00");
    assertThat(money(coverage.get(0), "rate")).isEqualByComparingTo("100.00");
    // Ceremony/Cinematic 5 min: Edit 4 h (capped) × 50 + Grade 120 + Review 1.25 h × 40 = 370;
    // Reception/Documentary 3 min (excluded): 175 + 50; the scene-less preset gives one
    // Documentary minute per covered scene: 125 + 50 each.
    Map<String, JsonObject> byKey =
        components(build).stream()
            .collect(
                Collectors.toMap(
                    c ->
                        c.getString("coverageSceneName").split(" ")[0]
                            + "/"
                            + c.getString("editingStyleName").split(" ")[0]
                            + "/"
                            + c.getJsonNumber("targetMinutes")
                                .bigDecimalValue()
                                .stripTrailingZeros()
                                .toPlainString(),
                    Function.identity()));
    assertThat(byKey).hasSize(4);
    assertThat(money(byKey.get("Ceremony/Cinematic/5"), "price")).isEqualByComparingTo("370.00");
    assertThat(money(byKey.get("Reception/Documentary/3"), "calculatedPrice"))
        .isEqualByComparingTo("225.00");
    assertThat(money(byKey.get("Reception/Documentary/3"), "price")).isEqualByComparingTo("0.00");
    assertThat(money(byKey.get("Ceremony/Documentary/1"), "price")).isEqualByComparingTo("175.00");
    assertThat(money(byKey.get("Reception/Documentary/1"), "price")).isEqualByComparingTo("175.00");
    List<JsonObject> items = build.getJsonArray("billableItems").getValuesAs(JsonObject.class);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).getInt("billableItemId")).isEqualTo(CATALOG.lut);
    assertThat(items.get(0).getInt("addedForEditingStyleId")).isEqualTo(CATALOG.cinematic);
    assertThat(live(build)).isEqualByComparingTo("2350.00");
    assertThat(sumOfLines(build)).isEqualByComparingTo(live(build));
    assertThat(money(build.getJsonObject("totals"), "total")).isEqualByComparingTo("2350.00");

    JsonObject withUsb =
        edit(
            build,
            operations(
                op("addBillableItem").add("billableItemId", CATALOG.usb).add("quantity", 3)));
    assertThat(live(withUsb)).isEqualByComparingTo("2425.00");
    assertThat(Database.single("SELECT live_price FROM builds WHERE id = ?", build.getInt("id")))
        .isEqualTo(new BigDecimal("2425.00"));
  }

  @Test
  void styleRequiredItemsFollowTheIncludedComponents() {
    JsonObject build = CATALOG.exampleBuild();
    int cinematicComponent =
        components(build).stream()
            .filter(c -> c.getInt("editingStyleId") == CATALOG.cinematic)
            .findFirst()
            .orElseThrow()
            .getInt("id");

    JsonObject documentary =
        edit(
            build,
            operations(
                op("modifyComponent")
                    .add("lineId", cinematicComponent)
                    .add("editingStyleId", CATALOG.documentary)));

    assertThat(documentary.getJsonArray("billableItems")).isEmpty();
    // 370 → Edit 200 + Review 50 = 250; the LUT licence (80) goes with the style.
    assertThat(live(documentary)).isEqualByComparingTo("2150.00");

    JsonObject back =
        edit(
            documentary,
            operations(
                op("modifyComponent")
                    .add("lineId", cinematicComponent)
                    .add("editingStyleId", CATALOG.cinematic)));
    assertThat(back.getJsonArray("billableItems")).hasSize(1);
    assertThat(live(back)).isEqualByComparingTo("2350.00");

    JsonObject excluded =
        edit(
            back,
            operations(
                op("modifyComponent").add("lineId", cinematicComponent).add("included", false)));
    assertThat(excluded.getJsonArray("billableItems")).isEmpty();
    assertThat(live(excluded)).isEqualByComparingTo("1900.00");
  }

  @Test
  void badOperationsAre400NamingTheFieldAndWriteNothing() {
    JsonObject build = CATALOG.exampleBuild();
    int styleLine =
        build.getJsonArray("billableItems").getValuesAs(JsonObject.class).get(0).getInt("id");
    String[][] cases = {
      {operations(op("paint")), "operations[0].op"},
      {
        operations(addCoverage(CATALOG.ceremony, CATALOG.videographer, 1, null)),
        "operations[0].hours"
      },
      {operations(addCoverage(CATALOG.ceremony, CATALOG.drone, 1, "2")), "operations[0].hours"},
      {operations(addCoverage(-5, CATALOG.drone, 1, null)), "operations[0].coverageSceneId"},
      {operations(addCoverage(CATALOG.ceremony, CATALOG.drone, 0, null)), "operations[0].quantity"},
      {
        operations(op("addBillableItem").add("billableItemId", CATALOG.lut).add("quantity", 2)),
        "operations[0].quantity"
      },
      {operations(op("removeBillableItem").add("lineId", styleLine)), "operations[0].lineId"},
      {operations(op("removeCoverage").add("lineId", -1)), "operations[0].lineId"},
      {
        operations(
            op("addBillableItem").add("billableItemId", CATALOG.usb),
            op("removeCoverage").add("lineId", -1)),
        "operations[1].lineId"
      },
      {
        operations(
            op("addBillableItem").add("billableItemId", CATALOG.usb),
            op("modifyComponent").add("lineId", 1).add("targetMinutes", -3)),
        "operations[1].targetMinutes"
      },
    };
    for (String[] bad : cases) {
      Api.Response response = post(path(build) + "/operations", bad[0]);
      assertThat(response.status()).as(response.toString()).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith(Api.PROBLEM_JSON);
      assertThat(response.errorFields()).as(response.toString()).contains(bad[1]);
    }
    JsonObject after = get(path(build)).json();
    assertThat(after.getJsonNumber("version").longValue())
        .isEqualTo(build.getJsonNumber("version").longValue());
    assertThat(live(after)).isEqualByComparingTo(live(build));
    assertThat(after.getJsonArray("billableItems")).hasSize(1);
  }

  @Test
  void aNulCharacterInTextIs400NamingTheMemberAndWritesNothing() {
    JsonObject build = CATALOG.exampleBuild();
    Api.Response response =
        post(
            path(build) + "/operations",
            operations(
                op("addBillableItem")
                    .add("billableItemId", CATALOG.usb)
                    .add("quantity", 1)
                    .add("notes", "engraved\u0000")));
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith(Api.PROBLEM_JSON);
    assertThat(response.errorFields()).containsExactly("operations[0].notes");
    JsonObject after = get(path(build)).json();
    assertThat(after.getJsonNumber("version").longValue())
        .isEqualTo(build.getJsonNumber("version").longValue());
  }

  @Test
  void aStaleIfMatchIs412AndOneBuildPerInquiry() {
    JsonObject build = CATALOG.exampleBuild();
    Api.Response stale =
        post(
            path(build) + "/operations",
            operations(op("addBillableItem").add("billableItemId", CATALOG.usb)),
            "If-Match",
            "\"999\"");
    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);

    Api.Response second = post("/api/builds", "{\"inquiryId\": " + build.getInt("inquiryId") + "}");
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(post("/api/builds", "{}").errorFields()).containsExactly("inquiryId");
    assertThat(post("/api/builds", "{\"inquiryId\": -4}").errorFields())
        .containsExactly("inquiryId");
  }

  @Test
  void sendingTheProposalMovesTheInquiryAndShowsTheCoupleTheirProposal() {
    JsonObject build = CATALOG.exampleBuild();

    Api.Response sent = post(path(build) + "/send-proposal", "");

    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    assertThat(sent.json().getString("status")).isEqualTo("Proposal Sent");
    assertThat(get("/api/inquiries/" + build.getInt("inquiryId")).json().getString("status"))
        .isEqualTo("Proposal Sent");
    JsonObject proposal = get(path(build) + "/proposal").json();
    assertThat(money(proposal, "total")).isEqualByComparingTo("2350.00");
    assertThat(proposal.getJsonArray("deliverables").getJsonObject(0).getJsonArray("components"))
        .as("excluded components are not shown to the couple")
        .hasSize(3);
  }

  @Test
  void listsFilterByStatusAndPage() {
    JsonObject first = CATALOG.exampleBuild();
    JsonObject second = CATALOG.exampleBuild();
    post(path(second) + "/send-proposal", "");

    Api.Response page = get("/api/builds?status=Proposal%20Sent&limit=1");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    assertThat(page.items()).extracting(i -> i.getInt("id")).containsExactly(second.getInt("id"));
    assertThat(get("/api/builds?inquiryId=" + first.getInt("inquiryId")).items())
        .extracting(i -> i.getInt("id"))
        .containsExactly(first.getInt("id"));
    assertThat(get("/api/builds?status=Paid").errorFields()).containsExactly("status");
  }

  static List<Integer> ids(JsonObject object, String array) {
    return object.getJsonArray(array).getValuesAs(JsonObject.class).stream()
        .map(l -> l.getInt("id"))
        .toList();
  }

  @Test
  void linesAreNumberedAndListedInTheOrderTheyWereAdded() {
    JsonObjectBuilder[] ops = new JsonObjectBuilder[19];
    for (int i = 0; i < 12; i++) {
      ops[i] =
          addCoverage(
              i % 2 == 0 ? CATALOG.ceremony : CATALOG.reception, CATALOG.drone, i + 1, null);
    }
    for (int i = 0; i < 6; i++) {
      ops[12 + i] =
          op("addBillableItem").add("billableItemId", CATALOG.usb).add("notes", "keepsake " + i);
    }
    ops[18] = op("addDeliverable").add("deliverableId", CATALOG.highlight);
    JsonObject draft = CATALOG.exampleBuild();
    JsonObject build = edit(draft, operations(ops));

    List<JsonObject> coverage = build.getJsonArray("coverage").getValuesAs(JsonObject.class);
    assertThat(coverage.subList(2, coverage.size()))
        .extracting(c -> c.getInt("quantity"))
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(ids(build, "coverage")).isSorted().doesNotHaveDuplicates();
    assertThat(
            build.getJsonArray("billableItems").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getInt("billableItemId") == CATALOG.usb)
                .map(i -> i.getString("notes")))
        .containsExactly(
            "keepsake 0", "keepsake 1", "keepsake 2", "keepsake 3", "keepsake 4", "keepsake 5");
    assertThat(ids(build, "billableItems")).isSorted().doesNotHaveDuplicates();
    assertThat(ids(build, "deliverables")).isSorted().hasSize(2);
    List<JsonObject> added =
        build
            .getJsonArray("deliverables")
            .getJsonObject(1)
            .getJsonArray("components")
            .getValuesAs(JsonObject.class);
    // The presets in their order; the scene-less one once per covered scene, in coverage order.
    assertThat(added)
        .extracting(
            c ->
                c.getString("coverageSceneName").split(" ")[0]
                    + "/"
                    + c.getJsonNumber("targetMinutes")
                        .bigDecimalValue()
                        .stripTrailingZeros()
                        .toPlainString())
        .containsExactly("Ceremony/5", "Reception/3", "Ceremony/1", "Reception/1");
    assertThat(added).extracting(c -> c.getInt("id")).isSorted().doesNotHaveDuplicates();

    JsonObject read = get(path(build)).json();
    for (String lines : List.of("coverage", "deliverables", "billableItems")) {
      assertThat(read.getJsonArray(lines)).as(lines).isEqualTo(build.getJsonArray(lines));
    }
    JsonObject booked = ChangeOrdersApiIT.booked(build);
    JsonObject snapshot = get(path(build) + "/snapshots/1").json().getJsonObject("configuration");
    for (String lines : List.of("coverage", "deliverables", "billableItems")) {
      assertThat(booked.getJsonArray(lines)).as(lines).isEqualTo(build.getJsonArray(lines));
      assertThat(snapshot.getJsonArray(lines)).as(lines).isEqualTo(build.getJsonArray(lines));
    }
  }

  @Test
  void numbersBeyondWhatTheColumnsHoldAre400NamingTheField() {
    LedgerFixtures own = new LedgerFixtures();
    int pricey =
        ((Number)
                Database.single(
                    "INSERT INTO billable_items (name, price, pricing_type)"
                        + " VALUES (?, 99999999.99, 'Unit') RETURNING id",
                    "Pricey " + own.token))
            .intValue();
    int perMinute =
        ((Number)
                Database.single(
                    "INSERT INTO task_templates (name, pricing_type, hourly_rate,"
                        + " effort_calculation_rules) VALUES (?, 'Hourly', 999999.99,"
                        + " '{\"hoursPerTargetMinute\": 1000}') RETURNING id",
                    "Per minute " + own.token))
            .intValue();
    int epic =
        ((Number)
                Database.single(
                    "INSERT INTO editing_styles (name) VALUES (?) RETURNING id",
                    "Epic " + own.token))
            .intValue();
    Database.execute(
        "INSERT INTO component_task_recipes (deliverable_id, coverage_scene_id, editing_style_id,"
            + " task_template_id, priority) VALUES (?, NULL, ?, ?, 0)",
        own.highlight,
        epic,
        perMinute);
    JsonObject build = own.exampleBuild();
    int component =
        components(build).stream()
            .filter(c -> c.getInt("editingStyleId") == own.documentary)
            .findFirst()
            .orElseThrow()
            .getInt("id");
    String[][] cases = {
      {
        operations(op("addBillableItem").add("billableItemId", pricey).add("quantity", 2)),
        "operations[0].quantity"
      },
      {
        operations(addCoverage(own.ceremony, own.videographer, 10_000, "9999.99")),
        "operations[0].quantity"
      },
      {
        operations(
            op("modifyComponent")
                .add("lineId", component)
                .add("editingStyleId", epic)
                .add("targetMinutes", new BigDecimal("999999.99"))),
        "operations[0].targetMinutes"
      },
      {operations(addCoverage(own.ceremony, own.videographer, 1, "10000")), "operations[0].hours"},
      {operations(addCoverage(own.ceremony, own.videographer, 1, "-2")), "operations[0].hours"},
      {operations(addCoverage(own.ceremony, own.videographer, 1, "1.005")), "operations[0].hours"},
      {operations(addCoverage(own.ceremony, own.drone, 10_001, null)), "operations[0].quantity"},
      {
        operations(
            op("modifyComponent")
                .add("lineId", component)
                .add("targetMinutes", new BigDecimal("1000000"))),
        "operations[0].targetMinutes"
      },
    };
    for (String[] bad : cases) {
      Api.Response response = post(path(build) + "/operations", bad[0]);
      assertThat(response.status()).as(bad[0] + " → " + response).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith(Api.PROBLEM_JSON);
      assertThat(response.errorFields()).as(response.toString()).containsExactly(bad[1]);
    }
    assertThat(live(get(path(build)).json())).isEqualByComparingTo(live(build));

    Api.Response preview =
        post(
            "/api/catalog/task-templates/effort-preview",
            "{\"pricingType\": \"Hourly\", \"hourlyRate\": 50, \"effortHours\": 1,"
                + " \"targetMinutes\": 10000000}");
    assertThat(preview.status()).as(preview.toString()).isEqualTo(400);
    assertThat(preview.errorFields()).containsExactly("targetMinutes");
    Api.Response rate =
        post(
            "/api/catalog/operator-types",
            "{\"name\": \"Rich "
                + own.token
                + "\", \"pricingType\": \"Hourly\","
                + " \"defaultHourlyRate\": 1000000}");
    assertThat(rate.status()).as(rate.toString()).isEqualTo(400);
    assertThat(rate.errorFields()).containsExactly("defaultHourlyRate");
  }

  @Test
  void illegalLifecycleMovesAre409AndChangeNothing() {
    JsonObject build = CATALOG.exampleBuild();
    refused(build, "/complete", "Inquiry");
    assertThat(post(path(build) + "/send-proposal", "").status()).isEqualTo(200);
    refused(build, "/send-proposal", "Proposal Sent");
    refused(build, "/complete", "Proposal Sent");
    JsonObject booked = ChangeOrdersApiIT.booked(build);
    refused(build, "/book", "Booked");
    refused(build, "/archive", "Booked");
    refused(build, "/send-proposal", "Booked");
    JsonObject pending =
        ChangeOrdersApiIT.proposed(
            booked,
            ChangeOrdersApiIT.proposal(
                "A keepsake", null, op("addBillableItem").add("billableItemId", CATALOG.usb)));
    Api.Response completeWithPending = post(path(build) + "/complete", "");
    assertThat(completeWithPending.status()).as(completeWithPending.toString()).isEqualTo(409);
    assertThat(completeWithPending.header("Content-Type")).startsWith(Api.PROBLEM_JSON);
    assertThat(completeWithPending.json().getString("detail"))
        .contains("change order 2 is pending approval");
    ChangeOrdersApiIT.decide(pending, "reject");
    assertThat(post(path(build) + "/complete", "").status()).isEqualTo(200);
    Api.Response approve = post("/api/change-orders/" + pending.getInt("id") + "/approve", "{}");
    assertThat(approve.status()).as(approve.toString()).isEqualTo(409);
    assertThat(approve.header("Content-Type")).startsWith(Api.PROBLEM_JSON);
    assertThat(live(get(path(build)).json())).isEqualByComparingTo(live(booked));
    Api.Response propose =
        ChangeOrdersApiIT.propose(
            booked,
            ChangeOrdersApiIT.proposal(
                "Another", null, op("addBillableItem").add("billableItemId", CATALOG.usb)));
    assertThat(propose.status()).as(propose.toString()).isEqualTo(409);
    refused(build, "/complete", "Completed");
    refused(build, "/send-proposal", "Completed");
    assertThat(post(path(build) + "/archive", "").status()).isEqualTo(200);
    for (String action : List.of("/archive", "/complete", "/book", "/send-proposal")) {
      refused(build, action, "Archived");
    }
    Api.Response edit =
        post(
            path(build) + "/operations",
            operations(op("addBillableItem").add("billableItemId", CATALOG.usb)));
    assertThat(edit.status()).as(edit.toString()).isEqualTo(409);

    JsonObject quote = CATALOG.exampleBuild();
    assertThat(post(path(quote) + "/archive", "").status()).isEqualTo(200);
    for (String action : List.of("/archive", "/complete", "/book", "/send-proposal")) {
      refused(quote, action, "Archived");
    }
    Api.Response archivedEdit =
        post(
            path(quote) + "/operations",
            operations(op("addBillableItem").add("billableItemId", CATALOG.usb)));
    assertThat(archivedEdit.status()).as(archivedEdit.toString()).isEqualTo(409);
    assertThat(archivedEdit.header("Content-Type")).startsWith(Api.PROBLEM_JSON);
    assertThat(get(path(quote)).json().getJsonArray("billableItems"))
        .isEqualTo(quote.getJsonArray("billableItems"));
  }

  /** The action is a 409 problem naming the build's status, and the build does not change. */
  private static void refused(JsonObject build, String action, String status) {
    JsonObject before = get(path(build)).json();
    Api.Response response = post(path(build) + action, "");
    assertThat(response.status()).as(action + " → " + response).isEqualTo(409);
    assertThat(response.header("Content-Type")).startsWith(Api.PROBLEM_JSON);
    assertThat(response.json().getString("detail")).as(action).contains(status);
    JsonObject after = get(path(build)).json();
    assertThat(after.getString("status")).isEqualTo(status);
    assertThat(after.getJsonNumber("version").longValue())
        .isEqualTo(before.getJsonNumber("version").longValue());
  }
}
