package com.projectflo.it.api;

import static com.projectflo.it.api.Api.get;
import static com.projectflo.it.api.Api.post;
import static com.projectflo.it.api.BuildsApiIT.live;
import static com.projectflo.it.api.BuildsApiIT.money;
import static com.projectflo.it.api.BuildsApiIT.path;
import static com.projectflo.it.api.LedgerFixtures.addCoverage;
import static com.projectflo.it.api.LedgerFixtures.op;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Booking and change orders over HTTP: the lock, versions, discounts, snapshots and diffs. */
class ChangeOrdersApiIT {

  private static final LedgerFixtures CATALOG = new LedgerFixtures();

  static JsonObject booked(JsonObject build) {
    Api.Response booked = post(path(build) + "/book", "");
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    return booked.json();
  }

  static String proposal(String description, JsonObjectBuilder discount, JsonObjectBuilder... ops) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (JsonObjectBuilder op : ops) {
      array.add(op);
    }
    JsonObjectBuilder body =
        (discount == null ? Json.createObjectBuilder() : discount)
            .add("description", description)
            .add("operations", array);
    return body.build().toString();
  }

  static Api.Response propose(JsonObject build, String body) {
    return post(path(build) + "/change-orders", body);
  }

  static JsonObject proposed(JsonObject build, String body) {
    Api.Response response = propose(build, body);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  static JsonObject decide(JsonObject changeOrder, String decision) {
    Api.Response response =
        post("/api/change-orders/" + changeOrder.getInt("id") + "/" + decision, "{}");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  static int lineOf(JsonObject build, String array, String field, int value) {
    return build.getJsonArray(array).getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getInt(field) == value)
        .findFirst()
        .orElseThrow()
        .getInt("id");
  }

  @Test
  void bookingLocksThePriceAndOpensTheLedger() {
    JsonObject draft = CATALOG.exampleBuild();
    int inquiryId = draft.getInt("inquiryId");
    String weddingDate = get("/api/inquiries/" + inquiryId).json().getString("weddingDate");

    JsonObject build = booked(draft);

    assertThat(build.getString("status")).isEqualTo("Booked");
    assertThat(build.isNull("configurationLockedAt")).isFalse();
    assertThat(money(build, "approvedPrice")).isEqualByComparingTo("2350.00");
    int projectId = build.getInt("projectId");
    int clientId = build.getInt("clientId");
    JsonObject inquiry = get("/api/inquiries/" + inquiryId).json();
    assertThat(inquiry.getString("status")).isEqualTo("Booked");
    assertThat(Database.single("SELECT wedding_date::text FROM projects WHERE id = ?", projectId))
        .isEqualTo(weddingDate);
    assertThat(
            Database.single(
                "SELECT booking_date = CURRENT_DATE FROM projects WHERE id = ?", projectId))
        .isEqualTo(true);
    assertThat(Database.single("SELECT client_id FROM projects WHERE id = ?", projectId))
        .isEqualTo(clientId);
    Api.Response list = get(path(build) + "/change-orders");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    List<JsonObject> orders =
        Json.createReader(new java.io.StringReader(list.body()))
            .readArray()
            .getValuesAs(JsonObject.class);
    assertThat(orders).hasSize(1);
    assertThat(orders.get(0).getString("description")).isEqualTo("Initial booking");
    assertThat(orders.get(0).getString("status")).isEqualTo("Approved");
    assertThat(orders.get(0).getInt("versionNumber")).isEqualTo(1);
    assertThat(money(orders.get(0), "priceDelta")).isEqualByComparingTo("2350.00");
    JsonObject snapshot = get(path(build) + "/snapshots/1").json();
    assertThat(money(snapshot, "approvedPrice")).isEqualByComparingTo("2350.00");
    assertThat(snapshot.getJsonObject("configuration").getJsonArray("coverage"))
        .isEqualTo(build.getJsonArray("coverage"));
    assertThat(snapshot.getJsonObject("configuration").getJsonArray("deliverables"))
        .isEqualTo(build.getJsonArray("deliverables"));

    Api.Response twice = post(path(build) + "/book", "");
    assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
    Api.Response edit =
        post(
            path(build) + "/operations",
            LedgerFixtures.operations(op("addBillableItem").add("billableItemId", CATALOG.usb)));
    assertThat(edit.status()).as(edit.toString()).isEqualTo(409);
    assertThat(edit.json().getString("detail")).contains("propose a change order");
  }

  @Test
  void anApprovedChangeOrderMovesTheApprovedPriceAndWritesTheNextSnapshot() {
    JsonObject build = booked(CATALOG.exampleBuild());
    int droneLine = lineOf(build, "coverage", "operatorTypeId", CATALOG.drone);

    JsonObject order =
        proposed(
            build,
            proposal(
                "No drone; three keepsakes",
                Json.createObjectBuilder()
                    .add("discountType", "Fixed")
                    .add("discountValue", new BigDecimal("20.00"))
                    .add("discountReason", "Goodwill"),
                op("removeCoverage").add("lineId", droneLine),
                op("addBillableItem").add("billableItemId", CATALOG.usb).add("quantity", 3)));

    assertThat(order.getString("status")).isEqualTo("Pending Approval");
    assertThat(order.getInt("versionNumber")).isEqualTo(2);
    assertThat(money(order, "priceDelta")).isEqualByComparingTo("-275.00");
    assertThat(money(order, "discountAmount")).isEqualByComparingTo("20.00");
    assertThat(money(order, "newTotalApprovedPrice")).isEqualByComparingTo("2055.00");
    assertThat(money(order.getJsonObject("proposed").getJsonObject("totals"), "total"))
        .isEqualByComparingTo("2075.00");
    JsonObject unchanged = get(path(build)).json();
    assertThat(live(unchanged)).as("proposing changes nothing").isEqualByComparingTo("2350.00");
    assertThat(unchanged.getJsonArray("coverage")).hasSize(2);
    Api.Response second =
        propose(
            build,
            proposal("More", null, op("addBillableItem").add("billableItemId", CATALOG.usb)));
    assertThat(second.status()).as("one pending at a time: " + second).isEqualTo(409);

    decide(order, "approve");

    JsonObject after = get(path(build)).json();
    assertThat(money(after, "approvedPrice")).isEqualByComparingTo("2055.00");
    assertThat(live(after)).isEqualByComparingTo("2075.00");
    assertThat(after.getJsonArray("coverage")).hasSize(1);
    JsonObject snapshot = get(path(build) + "/snapshots/2").json();
    assertThat(snapshot.getJsonObject("configuration").getJsonArray("billableItems"))
        .isEqualTo(after.getJsonArray("billableItems"));
    JsonObject diff = get(path(build) + "/snapshots/1/diff/2").json();
    List<JsonObject> changes = diff.getJsonArray("changes").getValuesAs(JsonObject.class);
    assertThat(changes)
        .extracting(
            c ->
                c.getString("lineType")
                    + " "
                    + c.getString("change")
                    + " "
                    + money(c, "priceDelta"))
        .containsExactlyInAnyOrder("coverage removed -350.00", "billableItem added 75.00");
    assertThat(money(diff, "toApprovedPrice")).isEqualByComparingTo("2055.00");
    Api.Response again = post("/api/change-orders/" + order.getInt("id") + "/approve", "{}");
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
  }

  @Test
  void aRejectedChangeOrderChangesNothing() {
    JsonObject build = booked(CATALOG.exampleBuild());
    JsonObject order =
        proposed(
            build,
            proposal(
                "Second videographer",
                null,
                addCoverage(CATALOG.reception, CATALOG.videographer, 1, "4")));
    assertThat(money(order, "priceDelta")).isEqualByComparingTo("400.00");

    JsonObject rejected = decide(order, "reject");

    assertThat(rejected.getString("status")).isEqualTo("Rejected");
    JsonObject after = get(path(build)).json();
    assertThat(money(after, "approvedPrice")).isEqualByComparingTo("2350.00");
    assertThat(after.getJsonArray("coverage")).hasSize(2);
    assertThat(get(path(build) + "/snapshots/2").status()).isEqualTo(404);
    JsonObject next =
        proposed(
            build,
            proposal("Keepsake", null, op("addBillableItem").add("billableItemId", CATALOG.usb)));
    assertThat(next.getInt("versionNumber")).isEqualTo(3);
  }

  @Test
  void discountsAreCheckedAndAPercentageNeedsAnIncrease() {
    JsonObject build = booked(CATALOG.exampleBuild());
    int droneLine = lineOf(build, "coverage", "operatorTypeId", CATALOG.drone);

    Api.Response noReason =
        propose(
            build,
            proposal(
                "x",
                Json.createObjectBuilder()
                    .add("discountType", "Percentage")
                    .add("discountValue", 10),
                fourKeepsakes()));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.errorFields()).containsExactly("discountReason");
    Api.Response tooMuch =
        propose(
            build,
            proposal(
                "x",
                Json.createObjectBuilder()
                    .add("discountType", "Percentage")
                    .add("discountValue", 120)
                    .add("discountReason", "r"),
                fourKeepsakes()));
    assertThat(tooMuch.errorFields()).containsExactly("discountValue");
    Api.Response onACut =
        propose(
            build,
            proposal(
                "x",
                Json.createObjectBuilder()
                    .add("discountType", "Percentage")
                    .add("discountValue", 10)
                    .add("discountReason", "r"),
                op("removeCoverage").add("lineId", droneLine)));
    assertThat(onACut.errorFields()).containsExactly("discountType");
    assertThat(propose(build, proposal("", null, fourKeepsakes())).errorFields())
        .containsExactly("description");
    assertThat(propose(build, proposal("x", null)).errorFields()).containsExactly("operations");
    assertThat(get(path(build) + "/change-orders").body()).doesNotContain("Pending");

    JsonObject order =
        proposed(
            build,
            proposal(
                "Keepsakes",
                Json.createObjectBuilder()
                    .add("discountType", "Percentage")
                    .add("discountValue", new BigDecimal("12.5"))
                    .add("discountReason", "Loyal couple"),
                fourKeepsakes()));
    // 4 × 25 = 100; 12.5 % of it = 12.50
    assertThat(money(order, "discountAmount")).isEqualByComparingTo("12.50");
    assertThat(money(order, "discountPercentage")).isEqualByComparingTo("12.50");
    assertThat(money(order, "newTotalApprovedPrice")).isEqualByComparingTo("2437.50");
  }

  private static JsonObjectBuilder fourKeepsakes() {
    return op("addBillableItem").add("billableItemId", CATALOG.usb).add("quantity", 4);
  }

  @Test
  void theCoupleApprovesTheirOwnChangeOrder() {
    JsonObject build = booked(CATALOG.exampleBuild());
    int clientId = build.getInt("clientId");
    Api.Response invited = post("/api/clients/" + clientId + "/invitations", "{}");
    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    Api.Response accepted =
        Api.anonymous()
            .post(
                "/api/auth/invitations/accept",
                InquiryFixtures.acceptJson(invited.json().getString("token"), Team.PASSWORD));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    Api.Client couple =
        Api.as(
            Api.anonymous()
                .post(
                    "/api/auth/client-login",
                    Api.credentials(accepted.json().getString("email"), Team.PASSWORD))
                .json()
                .getString("accessToken"));
    JsonObject order =
        proposed(
            build,
            proposal("Keepsake", null, op("addBillableItem").add("billableItemId", CATALOG.usb)));

    assertThat(couple.get(path(build) + "/proposal").status()).isEqualTo(200);
    Api.Response approved =
        couple.post("/api/change-orders/" + order.getInt("id") + "/approve", "{}");

    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().getString("decidedBy")).startsWith("client-user:");
    assertThat(money(get(path(build)).json(), "approvedPrice")).isEqualByComparingTo("2375.00");
    Api.Response direct =
        couple.post(
            path(build) + "/operations",
            LedgerFixtures.operations(op("addBillableItem").add("billableItemId", CATALOG.usb)));
    assertThat(direct.status()).isEqualTo(403);
  }

  private static final List<String> LINE_SEQUENCES =
      List.of(
          "build_coverage_assignments_id_seq",
          "build_deliverables_id_seq",
          "build_components_id_seq",
          "build_billable_items_id_seq");

  private static List<Object> lineSequences() {
    return LINE_SEQUENCES.stream()
        .map(sequence -> Database.single("SELECT last_value FROM " + sequence))
        .toList();
  }

  @Test
  void simultaneousProposalsLeaveOnePendingAndTheOthersAre409() throws Exception {
    JsonObject build = booked(CATALOG.exampleBuild());

    List<Api.Response> responses =
        ConcurrentBuildEditsApiIT.concurrently(
            6,
            i ->
                propose(
                    build,
                    proposal(
                        "Keepsakes " + i,
                        null,
                        op("addBillableItem")
                            .add("billableItemId", CATALOG.usb)
                            .add("quantity", i + 1))));

    assertThat(responses).extracting(Api.Response::status).containsOnly(201, 409);
    assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
    for (Api.Response refused : responses.stream().filter(r -> r.status() == 409).toList()) {
      assertThat(refused.header("Content-Type")).startsWith(Api.PROBLEM_JSON);
      assertThat(refused.json().getString("detail")).contains("awaits approval");
    }
    assertThat(
            Database.single(
                "SELECT count(*) FROM build_change_orders WHERE build_id = ?"
                    + " AND status = 'Pending Approval'",
                build.getInt("id")))
        .isEqualTo(1L);
  }

  @Test
  void aProposalIsPricedInMemoryWritingNoLine() {
    JsonObject build = booked(CATALOG.exampleBuild());
    List<Object> before = lineSequences();

    JsonObject order =
        proposed(
            build,
            proposal(
                "More of everything",
                null,
                addCoverage(CATALOG.reception, CATALOG.videographer, 1, "2"),
                op("addDeliverable").add("deliverableId", CATALOG.highlight),
                op("addBillableItem").add("billableItemId", CATALOG.usb)));

    JsonObject proposedConfiguration = order.getJsonObject("proposed");
    assertThat(money(proposedConfiguration.getJsonObject("totals"), "total"))
        .isEqualByComparingTo(live(build).add(money(order, "priceDelta")));
    assertThat(proposedConfiguration.getJsonArray("coverage")).hasSize(3);
    assertThat(lineSequences()).as("no line was written, not even rolled back").isEqualTo(before);
    JsonObject after = get(path(build)).json();
    assertThat(after.getJsonNumber("version").longValue())
        .isEqualTo(build.getJsonNumber("version").longValue());
    for (String lines : List.of("coverage", "deliverables", "billableItems")) {
      assertThat(after.getJsonArray(lines)).as(lines).isEqualTo(build.getJsonArray(lines));
    }

    JsonObject approved = decide(order, "approve");
    assertThat(approved.getString("status")).isEqualTo("Approved");
    assertThat(live(get(path(build)).json()))
        .isEqualByComparingTo(money(proposedConfiguration.getJsonObject("totals"), "total"));
  }

  @Test
  void aRetiredStyleItemStaysOnTheBuildsThatHaveIt() {
    LedgerFixtures own = new LedgerFixtures();
    JsonObject draft = own.exampleBuild();
    JsonObject booked = booked(own.exampleBuild());
    Api.Response retired = post("/api/catalog/billable-items/" + own.lut + "/deactivate", null);
    assertThat(retired.status()).as(retired.toString()).isEqualTo(200);

    JsonObject edited =
        BuildsApiIT.edit(
            draft, LedgerFixtures.operations(op("addBillableItem").add("billableItemId", own.usb)));
    assertThat(edited.getJsonArray("billableItems").getValuesAs(JsonObject.class))
        .extracting(i -> i.getInt("billableItemId"))
        .containsExactly(own.lut, own.usb);
    assertThat(live(edited)).isEqualByComparingTo("2375.00");
    int ceremonyDocumentary =
        BuildsApiIT.components(edited).stream()
            .filter(c -> c.getInt("editingStyleId") == own.documentary && c.getBoolean("included"))
            .findFirst()
            .orElseThrow()
            .getInt("id");
    JsonObject restyled =
        BuildsApiIT.edit(
            edited,
            LedgerFixtures.operations(
                op("modifyComponent").add("lineId", ceremonyDocumentary).add("targetMinutes", 2)));
    assertThat(restyled.getJsonArray("billableItems").getValuesAs(JsonObject.class))
        .extracting(i -> i.getInt("billableItemId"))
        .contains(own.lut);

    JsonObject order =
        proposed(
            booked,
            proposal("A keepsake", null, op("addBillableItem").add("billableItemId", own.usb)));
    assertThat(money(order, "priceDelta")).isEqualByComparingTo("25.00");
    decide(order, "approve");
    JsonObject after = get(path(booked)).json();
    assertThat(after.getJsonArray("billableItems").getValuesAs(JsonObject.class))
        .extracting(i -> i.getInt("billableItemId"))
        .containsExactly(own.lut, own.usb);
    assertThat(money(after, "approvedPrice")).isEqualByComparingTo("2375.00");

    // New builds do not get it any more, and it cannot be added by hand.
    JsonObject fresh = own.exampleBuild();
    assertThat(fresh.getJsonArray("billableItems")).isEmpty();
    assertThat(live(fresh)).isEqualByComparingTo("2270.00");
    Api.Response byHand =
        post(
            path(fresh) + "/operations",
            LedgerFixtures.operations(op("addBillableItem").add("billableItemId", own.lut)));
    assertThat(byHand.status()).as(byHand.toString()).isEqualTo(400);
    assertThat(byHand.errorFields()).containsExactly("operations[0].billableItemId");
  }
}
