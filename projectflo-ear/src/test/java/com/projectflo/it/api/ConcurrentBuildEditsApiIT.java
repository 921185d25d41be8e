package com.projectflo.it.api;

import static com.projectflo.it.api.BuildsApiIT.live;
import static com.projectflo.it.api.BuildsApiIT.money;
import static com.projectflo.it.api.BuildsApiIT.path;
import static com.projectflo.it.api.LedgerFixtures.op;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Simultaneous changes of one build: each edit either lands (200) and is in the final build, or is
 * refused (409) and left no trace; one change order is applied once however many approve it at the
 * same time. Never a lost update, never a 5xx.
 */
class ConcurrentBuildEditsApiIT {

  private static final LedgerFixtures CATALOG = new LedgerFixtures();
  private static final int EDITORS = 8;

  @Test
  void simultaneousEditsAreEachAppliedOrRefusedNeverLost() throws Exception {
    JsonObject build = CATALOG.exampleBuild();
    List<Api.Response> responses =
        concurrently(
            EDITORS,
            i ->
                Api.post(
                    path(build) + "/operations",
                    LedgerFixtures.operations(
                        op("addBillableItem")
                            .add("billableItemId", CATALOG.usb)
                            .add("notes", "editor " + i))));
    List<String> applied = new ArrayList<>();
    for (int i = 0; i < EDITORS; i++) {
      Api.Response response = responses.get(i);
      assertThat(response.status()).as(response.toString()).isIn(200, 409);
      if (response.status() == 200) {
        applied.add("editor " + i);
      } else {
        assertThat(response.header("Content-Type")).contains("application/problem+json");
      }
    }

    JsonObject after = Api.get(path(build)).json();
    List<String> notes =
        after.getJsonArray("billableItems").getValuesAs(JsonObject.class).stream()
            .filter(item -> item.getInt("billableItemId") == CATALOG.usb)
            .map(item -> item.getString("notes"))
            .toList();
    assertThat(applied).as("at least one edit wins").isNotEmpty();
    assertThat(notes).containsExactlyInAnyOrderElementsOf(applied);
    assertThat(live(after))
        .isEqualByComparingTo(
            live(build).add(new BigDecimal("25.00").multiply(new BigDecimal(applied.size()))));
    assertThat(after.getJsonNumber("version").longValue())
        .as("every applied edit moved the version once")
        .isEqualTo(build.getJsonNumber("version").longValue() + applied.size());
    assertThat(money(after.getJsonObject("totals"), "total")).isEqualByComparingTo(live(after));
  }

  @Test
  void simultaneousApprovalsApplyAChangeOrderOnce() throws Exception {
    JsonObject build = ChangeOrdersApiIT.booked(CATALOG.exampleBuild());
    JsonObject order =
        ChangeOrdersApiIT.proposed(
            build,
            ChangeOrdersApiIT.proposal(
                "Two keepsakes",
                null,
                op("addBillableItem").add("billableItemId", CATALOG.usb).add("quantity", 2)));
    String approve = "/api/change-orders/" + order.getInt("id") + "/approve";

    List<Api.Response> responses = concurrently(EDITORS, i -> Api.post(approve, "{}"));

    assertThat(responses)
        .extracting(Api.Response::status)
        .containsOnly(200, 409)
        .containsOnlyOnce(200);
    JsonObject after = Api.get(path(build)).json();
    assertThat(money(after, "approvedPrice")).isEqualByComparingTo("2400.00");
    assertThat(
            after.getJsonArray("billableItems").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getInt("billableItemId") == CATALOG.usb))
        .hasSize(1);
    assertThat(
            Database.single(
                "SELECT count(*) FROM build_snapshots WHERE build_id = ?", build.getInt("id")))
        .isEqualTo(2L);
  }

  /** Runs {@code count} requests released at the same instant; their responses in order. */
  static List<Api.Response> concurrently(int count, IntFunction<Api.Response> request)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(count);
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Future<Api.Response>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  return request.apply(index);
                }));
      }
      List<Api.Response> responses = new ArrayList<>();
      for (Future<Api.Response> future : futures) {
        responses.add(future.get(60, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdown();
    }
  }
}
