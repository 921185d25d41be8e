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

/**
 * The catalogue entries (see {@link Operations}) of payment schedules, invoices and payments. The
 * builds and invoices belong to projects no test member is assigned to and to another client than
 * the fixture's portal user: hidden (404) from both.
 */
final class BillingOperations {

  private static Integer buildId;
  private static Integer invoiceId;
  private static Integer payableId;
  private static Integer refundableId;

  private static final Set<String> HIDDEN = hidden();

  static void addTo(List<Operation> ops, Fixtures fx) {
    read(
        ops,
        "/api/builds/{id}/payment-schedule",
        () -> "/api/builds/" + build() + "/payment-schedule");
    ops.add(
        new Operation(
            "POST",
            "/api/installments/{id}/invoice",
            () ->
                Request.of(
                    "/api/installments/"
                        + BillingFixtures.installmentId(
                            BillingFixtures.bookedExample().getInt("id"), 1)
                        + "/invoice"),
            MANAGERS,
            new HashSet<>(UNASSIGNED),
            "invoice.issue"));
    ops.add(op("GET", "/api/invoices", () -> Request.of("/api/invoices?limit=5"), SIGNED_IN, null));
    ops.add(
        op(
            "GET",
            "/api/invoices/export.csv",
            () -> Request.of("/api/invoices/export.csv?status=Void"),
            SIGNED_IN,
            null));
    read(ops, "/api/invoices/{id}", () -> "/api/invoices/" + invoice());
    read(ops, "/api/invoices/{id}/pdf", () -> "/api/invoices/" + invoice() + "/pdf");
    ops.add(
        new Operation(
            "POST",
            "/api/invoices/{id}/void",
            () ->
                Request.json(
                    "/api/invoices/" + BillingFixtures.freshInvoice().getInt("id") + "/void",
                    "{\"reason\": \"Issued by mistake\"}"),
            MANAGERS,
            new HashSet<>(UNASSIGNED),
            "invoice.void"));
    ops.add(
        new Operation(
            "POST",
            "/api/invoices/{id}/payments",
            () ->
                new Request(
                    "/api/invoices/" + payable() + "/payments",
                    BillingFixtures.paymentJson("1.00", "Card", null),
                    Api.JSON,
                    "Idempotency-Key",
                    Api.uniqueToken()),
            MANAGERS,
            new HashSet<>(UNASSIGNED),
            "payment.record"));
    ops.add(
        new Operation(
            "POST",
            "/api/invoices/{id}/refunds",
            () ->
                new Request(
                    "/api/invoices/" + refundable() + "/refunds",
                    BillingFixtures.paymentJson("0.01", "Card", null),
                    Api.JSON,
                    "Idempotency-Key",
                    Api.uniqueToken()),
            MANAGERS,
            new HashSet<>(UNASSIGNED),
            "payment.refund"));
  }

  private static void read(
      List<Operation> ops, String template, java.util.function.Supplier<String> path) {
    ops.add(new Operation("GET", template, () -> Request.of(path.get()), MANAGERS, HIDDEN, null));
  }

  private static synchronized int build() {
    if (buildId == null) {
      buildId = BillingFixtures.bookedExample().getInt("id");
    }
    return buildId;
  }

  private static synchronized int invoice() {
    if (invoiceId == null) {
      invoiceId = BillingFixtures.issue(BillingFixtures.installmentId(build(), 1)).getInt("id");
    }
    return invoiceId;
  }

  /** The second installment's invoice (1175.00): room for many 1.00 payments. */
  private static synchronized int payable() {
    if (payableId == null) {
      payableId = BillingFixtures.issue(BillingFixtures.installmentId(build(), 2)).getInt("id");
    }
    return payableId;
  }

  /** The balance invoice with 100.00 paid: room for many 0.01 refunds. */
  private static synchronized int refundable() {
    if (refundableId == null) {
      refundableId = BillingFixtures.issue(BillingFixtures.installmentId(build(), 3)).getInt("id");
      Api.Response paid = BillingFixtures.pay(refundableId, Api.uniqueToken(), "100.00");
      if (paid.status() != 201) {
        throw new IllegalStateException(paid.toString());
      }
    }
    return refundableId;
  }

  private static Set<String> hidden() {
    Set<String> hidden = new HashSet<>(UNASSIGNED);
    hidden.add(Operations.CLIENT);
    return hidden;
  }

  private BillingOperations() {}
}
