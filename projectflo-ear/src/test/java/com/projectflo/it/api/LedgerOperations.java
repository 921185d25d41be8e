package com.projectflo.it.api;

import static com.projectflo.it.api.Operations.MANAGERS;
import static com.projectflo.it.api.Operations.SIGNED_IN;
import static com.projectflo.it.api.Operations.UNASSIGNED;
import static com.projectflo.it.api.Operations.op;

import com.projectflo.it.api.Operations.Operation;
import com.projectflo.it.api.Operations.Request;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The catalogue entries (see {@link Operations}) of builds, change orders and snapshots. A quote
 * not yet booked is hidden (404) from contributors who do not act on every project and from other
 * clients' portal users; a booked build is hidden from those not on its project.
 */
final class LedgerOperations {

  private static LedgerFixtures catalog;
  private static Integer draftId;
  private static Integer bookedId;
  private static Integer changeOrderId;

  /** Unassigned staff and the fixture's portal user (another client) do not see the build. */
  private static final Set<String> HIDDEN = with(UNASSIGNED, Operations.CLIENT);

  static void addTo(List<Operation> ops, Fixtures fx) {
    ops.add(
        op(
            "POST",
            "/api/builds",
            () -> Request.json("/api/builds", "{\"inquiryId\": " + LedgerFixtures.inquiry() + "}"),
            MANAGERS,
            "build.create"));
    ops.add(op("GET", "/api/builds", () -> Request.of("/api/builds?limit=5"), SIGNED_IN, null));
    read(ops, "/api/builds/{id}", () -> "/api/builds/" + draft());
    read(ops, "/api/builds/{id}/proposal", () -> "/api/builds/" + draft() + "/proposal");
    write(
        ops,
        "/api/builds/{id}/operations",
        () ->
            Request.json(
                "/api/builds/" + draft() + "/operations",
                LedgerFixtures.operations(
                    LedgerFixtures.op("addBillableItem").add("billableItemId", catalog().usb))),
        "build.edit");
    write(
        ops,
        "/api/builds/{id}/send-proposal",
        () -> Request.of("/api/builds/" + catalog().exampleBuild().getInt("id") + "/send-proposal"),
        "build.send_proposal");
    write(
        ops,
        "/api/builds/{id}/book",
        () -> Request.of("/api/builds/" + catalog().exampleBuild().getInt("id") + "/book"),
        "build.book");
    write(
        ops,
        "/api/builds/{id}/complete",
        () -> Request.of("/api/builds/" + newBooked() + "/complete"),
        "build.complete");
    write(
        ops,
        "/api/builds/{id}/archive",
        () -> Request.of("/api/builds/" + catalog().exampleBuild().getInt("id") + "/archive"),
        "build.archive");
    write(
        ops,
        "/api/builds/{buildId}/change-orders",
        () -> Request.json("/api/builds/" + newBooked() + "/change-orders", keepsake()),
        "change_order.propose");
    read(
        ops,
        "/api/builds/{buildId}/change-orders",
        () -> "/api/builds/" + booked() + "/change-orders");
    read(ops, "/api/change-orders/{id}", () -> "/api/change-orders/" + changeOrder());
    write(
        ops,
        "/api/change-orders/{id}/approve",
        () -> Request.json("/api/change-orders/" + newPending() + "/approve", "{}"),
        "change_order.approve",
        HIDDEN);
    write(
        ops,
        "/api/change-orders/{id}/reject",
        () -> Request.json("/api/change-orders/" + newPending() + "/reject", "{}"),
        "change_order.reject",
        HIDDEN);
    read(ops, "/api/builds/{buildId}/snapshots", () -> "/api/builds/" + booked() + "/snapshots");
    read(
        ops,
        "/api/builds/{buildId}/snapshots/{version}",
        () -> "/api/builds/" + booked() + "/snapshots/1");
    read(
        ops,
        "/api/builds/{buildId}/snapshots/{from}/diff/{to}",
        () -> "/api/builds/" + booked() + "/snapshots/1/diff/1");
  }

  private static void read(List<Operation> ops, String template, Supplier<String> path) {
    ops.add(new Operation("GET", template, () -> Request.of(path.get()), MANAGERS, HIDDEN, null));
  }

  /** A write portal users may not call at all (403) and unassigned staff may not see (404). */
  private static void write(
      List<Operation> ops, String template, Supplier<Request> request, String audit) {
    write(ops, template, request, audit, new HashSet<>(UNASSIGNED));
  }

  private static void write(
      List<Operation> ops,
      String template,
      Supplier<Request> request,
      String audit,
      Set<String> hidden) {
    ops.add(new Operation("POST", template, request, MANAGERS, hidden, audit));
  }

  private static synchronized LedgerFixtures catalog() {
    if (catalog == null) {
      catalog = new LedgerFixtures();
    }
    return catalog;
  }

  private static synchronized int draft() {
    if (draftId == null) {
      draftId = catalog().exampleBuild().getInt("id");
    }
    return draftId;
  }

  private static synchronized int booked() {
    if (bookedId == null) {
      bookedId = newBooked();
    }
    return bookedId;
  }

  private static synchronized int changeOrder() {
    if (changeOrderId == null) {
      changeOrderId = newPending();
    }
    return changeOrderId;
  }

  private static int newBooked() {
    int id = catalog().exampleBuild().getInt("id");
    Api.Response booked = Api.post("/api/builds/" + id + "/book", "");
    if (booked.status() != 200) {
      throw new IllegalStateException(booked.toString());
    }
    return id;
  }

  private static int newPending() {
    Api.Response proposed = Api.post("/api/builds/" + newBooked() + "/change-orders", keepsake());
    if (proposed.status() != 201) {
      throw new IllegalStateException(proposed.toString());
    }
    return proposed.json().getInt("id");
  }

  private static String keepsake() {
    return "{\"description\": \"Keepsake\", \"operations\": [{\"op\": \"addBillableItem\","
        + " \"billableItemId\": "
        + catalog().usb
        + "}]}";
  }

  private static Set<String> with(Set<String> set, String more) {
    Set<String> all = new HashSet<>(set);
    all.add(more);
    return all;
  }
}
