package com.projectflo.it.api;

import static com.projectflo.it.api.Api.get;
import static com.projectflo.it.api.BuildsApiIT.live;
import static com.projectflo.it.api.BuildsApiIT.money;
import static com.projectflo.it.api.BuildsApiIT.path;
import static com.projectflo.it.api.ChangeOrdersApiIT.booked;
import static com.projectflo.it.api.ChangeOrdersApiIT.decide;
import static com.projectflo.it.api.ChangeOrdersApiIT.proposed;
import static com.projectflo.it.api.LedgerFixtures.addCoverage;
import static com.projectflo.it.api.LedgerFixtures.op;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The change-order ledger as a property (docs/pricing.md): after any random sequence of proposals,
 * each approved or rejected at random, with random discounts, the approved price is version 1 + Σ
 * approved (delta − discount), and every snapshot still reproduces the configuration of its
 * version. The seed is printed and can be replayed with {@code -Dledger.seed=...}.
 */
class ChangeOrderSequencesApiIT {

  private static final LedgerFixtures CATALOG = new LedgerFixtures();
  private static final int CHANGE_ORDERS = 6;
  private static final BigDecimal HALF = new BigDecimal("0.5");

  @RepeatedTest(3)
  void approvedPriceIsVersionOnePlusApprovedNetDeltasAndSnapshotsReproduceTheirVersion() {
    long seed = Long.getLong("ledger.seed", System.nanoTime());
    Random random = new Random(seed);
    String replay = "replay with -Dledger.seed=" + seed;
    System.out.println("ChangeOrderSequencesApiIT " + replay);

    JsonObject build = booked(CATALOG.exampleBuild());
    BigDecimal expected = money(build, "approvedPrice");
    Map<Integer, JsonObject> configurationOf = new LinkedHashMap<>();
    configurationOf.put(1, configuration(build));

    for (int step = 0; step < CHANGE_ORDERS; step++) {
      JsonObject before = get(path(build)).json();
      Proposal proposal = Proposal.random(random, before);
      JsonObject order = proposed(build, proposal.body());
      String context = replay + ", step " + step + ": " + order;
      BigDecimal delta = money(order, "priceDelta");
      BigDecimal discount =
          order.getJsonNumber("discountAmount") == null
              ? BigDecimal.ZERO
              : money(order, "discountAmount");
      assertThat(delta)
          .as(context)
          .isEqualByComparingTo(
              money(order.getJsonObject("proposed").getJsonObject("totals"), "total")
                  .subtract(live(before)));
      assertThat(money(order, "newTotalApprovedPrice"))
          .as(context)
          .isEqualByComparingTo(expected.add(delta).subtract(discount));

      boolean approve = random.nextInt(3) > 0;
      decide(order, approve ? "approve" : "reject");

      JsonObject after = get(path(build)).json();
      if (approve) {
        expected = expected.add(delta).subtract(discount);
        configurationOf.put(order.getInt("versionNumber"), configuration(after));
      } else {
        assertThat(configuration(after)).as(context).isEqualTo(configuration(before));
      }
      assertThat(money(after, "approvedPrice")).as(context).isEqualByComparingTo(expected);
    }

    assertThat(
            Database.single(
                "SELECT COALESCE(SUM(price_delta - COALESCE(discount_amount, 0)), 0)"
                    + " FROM build_change_orders WHERE build_id = ? AND status = 'Approved'",
                build.getInt("id")))
        .as(replay + ": Σ approved (delta − discount), version 1 included")
        .isEqualTo(expected.setScale(2, RoundingMode.UNNECESSARY));
    for (Map.Entry<Integer, JsonObject> version : configurationOf.entrySet()) {
      Api.Response snapshot = get(path(build) + "/snapshots/" + version.getKey());
      assertThat(snapshot.status()).as(replay + ": " + snapshot).isEqualTo(200);
      assertThat(configuration(snapshot.json().getJsonObject("configuration")))
          .as(replay + ": snapshot " + version.getKey())
          .isEqualTo(version.getValue());
    }
  }

  /** The priced lines of a build (or of a snapshot's configuration). */
  private static JsonObject configuration(JsonObject lines) {
    return Json.createObjectBuilder()
        .add("coverage", lines.getJsonArray("coverage"))
        .add("deliverables", lines.getJsonArray("deliverables"))
        .add("billableItems", lines.getJsonArray("billableItems"))
        .build();
  }

  /** One to three operations on distinct existing lines, with an optional valid discount. */
  private record Proposal(List<JsonObjectBuilder> operations, JsonObjectBuilder discount) {

    static Proposal random(Random random, JsonObject build) {
      List<Integer> coverage = ids(build.getJsonArray("coverage").getValuesAs(JsonObject.class));
      List<JsonObject> components = new ArrayList<>();
      build
          .getJsonArray("deliverables")
          .getValuesAs(JsonObject.class)
          .forEach(
              d -> components.addAll(d.getJsonArray("components").getValuesAs(JsonObject.class)));
      List<Integer> handAddedItems =
          ids(
              build.getJsonArray("billableItems").getValuesAs(JsonObject.class).stream()
                  .filter(i -> i.get("addedForEditingStyleId") == null)
                  .toList());
      List<JsonObjectBuilder> operations = new ArrayList<>();
      boolean onlyAdditions = true;
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        List<Supplier<JsonObjectBuilder>> choices = new ArrayList<>();
        choices.add(
            () ->
                op("addBillableItem")
                    .add("billableItemId", CATALOG.usb)
                    .add("quantity", 1 + random.nextInt(4)));
        choices.add(
            () ->
                addCoverage(
                    CATALOG.reception,
                    CATALOG.videographer,
                    1 + random.nextInt(2),
                    new BigDecimal(1 + random.nextInt(16)).multiply(HALF).toPlainString()));
        int additions = choices.size();
        if (!coverage.isEmpty()) {
          choices.add(() -> op("removeCoverage").add("lineId", take(random, coverage)));
        }
        if (!components.isEmpty()) {
          choices.add(
              () -> {
                JsonObject component = components.remove(random.nextInt(components.size()));
                return op("modifyComponent")
                    .add("lineId", component.getInt("id"))
                    .add("included", !component.getBoolean("included"))
                    .add("targetMinutes", new BigDecimal(random.nextInt(10) + ".00"));
              });
        }
        if (!handAddedItems.isEmpty()) {
          choices.add(() -> op("removeBillableItem").add("lineId", take(random, handAddedItems)));
        }
        int choice = random.nextInt(choices.size());
        onlyAdditions &= choice < additions;
        operations.add(choices.get(choice).get());
      }
      return new Proposal(operations, discount(random, onlyAdditions));
    }

    /** Percentage only for an increase (all additions); a small Fixed one otherwise. */
    private static JsonObjectBuilder discount(Random random, boolean increase) {
      return switch (random.nextInt(3)) {
        case 0 -> null;
        case 1 ->
            increase
                ? Json.createObjectBuilder()
                    .add("discountType", "Percentage")
                    .add("discountValue", new BigDecimal(1 + random.nextInt(100)))
                    .add("discountReason", "Loyalty")
                : null;
        default ->
            Json.createObjectBuilder()
                .add("discountType", "Fixed")
                .add("discountValue", new BigDecimal(1 + random.nextInt(5000)).movePointLeft(2))
                .add("discountReason", "Goodwill");
      };
    }

    private static List<Integer> ids(List<JsonObject> lines) {
      return new ArrayList<>(lines.stream().map(l -> l.getInt("id")).toList());
    }

    private static int take(Random random, List<Integer> ids) {
      return ids.remove(random.nextInt(ids.size()));
    }

    String body() {
      JsonArrayBuilder array = Json.createArrayBuilder();
      operations.forEach(array::add);
      return (discount == null ? Json.createObjectBuilder() : discount)
          .add("description", "Random change")
          .add("operations", array)
          .build()
          .toString();
    }
  }
}
