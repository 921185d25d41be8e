package com.projectflo.it.api;

import static com.projectflo.it.api.Api.get;
import static com.projectflo.it.api.Api.post;
import static com.projectflo.it.api.BillingFixtures.bookedExample;
import static com.projectflo.it.api.BillingFixtures.installmentId;
import static com.projectflo.it.api.BillingFixtures.installments;
import static com.projectflo.it.api.BillingFixtures.issue;
import static com.projectflo.it.api.BillingFixtures.pay;
import static com.projectflo.it.api.BillingFixtures.refund;
import static com.projectflo.it.api.BillingFixtures.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Payment schedules, invoices and payments over HTTP, following docs/billing.md's worked examples.
 */
class BillingApiIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final URI BASE =
      URI.create(System.getProperty("projectflo.it.baseUrl", "http://localhost:9180"));

  // ---- Payment schedule ----------------------------------------------------------------------

  @Test
  void bookingSplitsThePriceWithOddCentsAndPastDatesFallDueAtBooking() {
    // Wedding in 30 days: "60 days before" is already past, so it falls due at booking.
    LocalDate wedding = TODAY.plusDays(30);
    JsonObject build =
        BillingFixtures.booked(
            wedding,
            null,
            LedgerFixtures.op("addBillableItem").add("billableItemId", BillingFixtures.cent()));
    assertThat(money(build, "approvedPrice")).isEqualByComparingTo("2350.01");

    JsonObject schedule = schedule(build.getInt("id"));
    List<JsonObject> items = schedule.getJsonArray("installments").getValuesAs(JsonObject.class);
    assertThat(items)
        .extracting(i -> i.getString("label"))
        .containsExactly("Retainer", "Second payment", "Balance");
    assertThat(items)
        .extracting(i -> money(i, "amount"))
        .containsExactly(
            new BigDecimal("587.50"), new BigDecimal("1175.00"), new BigDecimal("587.51"));
    assertThat(items)
        .extracting(i -> i.getString("dueDate"))
        .containsExactly(TODAY.toString(), TODAY.toString(), wedding.minusDays(14).toString());
    assertThat(money(schedule, "scheduledTotal")).isEqualByComparingTo("2350.01");
    assertThat(items).allSatisfy(i -> assertThat(i.containsKey("invoiceId")).isFalse());
  }

  @Test
  void aChangeOrderMovesItsDeltaOntoTheInstallmentsNotYetInvoiced() {
    JsonObject build = bookedExample();
    int buildId = build.getInt("id");
    issue(installmentId(buildId, 1));

    approve(
        buildId,
        LedgerFixtures.op("addBillableItem").add("billableItemId", BillingFixtures.catalog().usb));

    JsonObject schedule = schedule(buildId);
    assertThat(schedule.getJsonArray("installments").getValuesAs(JsonObject.class))
        .extracting(i -> money(i, "amount"))
        .containsExactly(
            new BigDecimal("587.50"), new BigDecimal("1191.67"), new BigDecimal("595.83"));
    assertThat(money(schedule, "scheduledTotal")).isEqualByComparingTo("2375.00");
    assertThat(money(schedule, "approvedPrice")).isEqualByComparingTo("2375.00");
  }

  @Test
  void aChangeOrderBelowWhatIsInvoicedVoidsTheUnpaidInvoicesAndReschedulesTheirInstallments() {
    JsonObject build = bookedExample();
    int buildId = build.getInt("id");
    List<JsonObject> invoices = new ArrayList<>();
    for (int sequence = 1; sequence <= 3; sequence++) {
      invoices.add(issue(installmentId(buildId, sequence)));
    }
    long auditBefore = Database.maxAuditId();

    approve(buildId, removeDrone(build));

    List<JsonObject> items = installments(buildId);
    assertThat(items).as("no credit: nothing was paid").hasSize(3);
    assertThat(items)
        .extracting(i -> money(i, "amount"))
        .containsExactly(
            new BigDecimal("500.00"), new BigDecimal("1000.00"), new BigDecimal("500.00"));
    assertThat(items).allSatisfy(i -> assertThat(i.containsKey("invoiceId")).isFalse());
    for (JsonObject invoice : invoices) {
      JsonObject voided = get("/api/invoices/" + invoice.getInt("id")).json();
      assertThat(voided.getString("status")).isEqualTo("Void");
      assertThat(voided.getString("voidReason")).contains("change order 2");
    }
    assertThat(Database.auditActionsAfter(auditBefore))
        .filteredOn("invoice.void"::equals)
        .hasSize(3);

    JsonObject reissued = issue(items.get(0).getInt("id"));
    assertThat(money(reissued, "totalAmount")).isEqualByComparingTo("500.00");
    assertThat(money(schedule(buildId), "scheduledTotal")).isEqualByComparingTo("2000.00");
    assertGapless();
  }

  @Test
  void aChangeOrderBelowWhatIsPaidAddsACreditNoteSettledByARefund() {
    JsonObject build = bookedExample();
    int buildId = build.getInt("id");
    for (int sequence = 1; sequence <= 3; sequence++) {
      JsonObject invoice = issue(installmentId(buildId, sequence));
      String due = invoice.getJsonNumber("totalAmount").bigDecimalValue().toPlainString();
      assertThat(pay(invoice.getInt("id"), Api.uniqueToken(), due).status()).isEqualTo(201);
    }

    approve(buildId, removeDrone(build));

    List<JsonObject> items = installments(buildId);
    assertThat(items).hasSize(4);
    JsonObject credit = items.get(3);
    assertThat(credit.getString("label")).isEqualTo("Credit (change order 2)");
    assertThat(money(credit, "amount")).isEqualByComparingTo("-350.00");
    assertThat(credit.getString("dueDate")).isEqualTo(TODAY.toString());
    assertThat(money(schedule(buildId), "scheduledTotal")).isEqualByComparingTo("2000.00");

    JsonObject note = issue(credit.getInt("id"));
    int noteId = note.getInt("id");
    assertThat(money(note, "totalAmount")).isEqualByComparingTo("-350.00");
    Api.Response paid = pay(noteId, Api.uniqueToken(), "10.00");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(409);
    assertThat(paid.json().getString("detail")).contains("credit note");
    Api.Response tooMuch = refund(noteId, Api.uniqueToken(), "350.01");
    assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(409);
    assertThat(tooMuch.json().getString("detail")).contains("350.00 left to give back");

    Api.Response part = refund(noteId, Api.uniqueToken(), "100.00");
    assertThat(part.status()).as(part.toString()).isEqualTo(201);
    assertThat(part.json().getJsonObject("invoice").getString("status"))
        .isEqualTo("Partially Paid");
    Api.Response rest = refund(noteId, Api.uniqueToken(), "250.00");
    assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
    assertThat(rest.json().getJsonObject("invoice").getString("status")).isEqualTo("Paid");
    assertThat(money(rest.json(), "buildTotalPaid")).isEqualByComparingTo("2000.00");
    assertThat(
            count(
                "SELECT COUNT(*) FROM invoices WHERE project_id = ? AND status <> 'Paid'",
                build.getInt("projectId")))
        .as("nothing left open, so no reminder for money the client does not owe")
        .isZero();
    assertInvariants();
  }

  private static jakarta.json.JsonObjectBuilder removeDrone(JsonObject build) {
    int droneLine =
        ChangeOrdersApiIT.lineOf(
            build, "coverage", "operatorTypeId", BillingFixtures.catalog().drone);
    return LedgerFixtures.op("removeCoverage").add("lineId", droneLine);
  }

  // ---- Invoices ------------------------------------------------------------------------------

  @Test
  void issuingIsIdempotentAndNumbersArePerYearAndGapless() {
    int buildId = bookedExample().getInt("id");
    int installment = installmentId(buildId, 1);
    long auditBefore = Database.maxAuditId();

    Api.Response first = post("/api/installments/" + installment + "/invoice", "");
    Api.Response again = post("/api/installments/" + installment + "/invoice", "");

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.header("Location")).endsWith("/api/invoices/" + first.json().getInt("id"));
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getInt("id")).isEqualTo(first.json().getInt("id"));
    assertThat(again.json().getString("invoiceNumber"))
        .isEqualTo(first.json().getString("invoiceNumber"))
        .matches("PF-" + TODAY.getYear() + "-\\d{6}");
    JsonObject invoice = first.json();
    assertThat(invoice.getString("status")).isEqualTo("Issued");
    assertThat(invoice.getString("issueDate")).isEqualTo(TODAY.toString());
    assertThat(invoice.getInt("installmentId")).isEqualTo(installment);
    assertThat(money(invoice, "totalAmount")).isEqualByComparingTo("587.50");
    assertThat(Database.auditActionsAfter(auditBefore)).containsExactly("invoice.issue");
    assertThat(installments(buildId).get(0).getInt("invoiceId")).isEqualTo(invoice.getInt("id"));
    assertGapless();
  }

  @Test
  void twentyConcurrentIssuesGiveDistinctGaplessNumbersAndOneInvoicePerInstallment()
      throws Exception {
    List<Integer> targets = new ArrayList<>();
    for (int b = 0; b < 5; b++) {
      installments(bookedExample().getInt("id")).forEach(i -> targets.add(i.getInt("id")));
    }
    List<Integer> requests = new ArrayList<>(targets.subList(0, 15));
    requests.addAll(targets.subList(0, 5)); // five installments asked twice, concurrently
    List<Callable<Api.Response>> calls = new ArrayList<>();
    for (int installment : requests) {
      calls.add(() -> http11("/api/installments/" + installment + "/invoice", "", null));
    }

    List<Api.Response> responses = runConcurrently(calls, 20);

    assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
    assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(15);
    assertThat(responses.stream().map(r -> r.json().getString("invoiceNumber")).distinct())
        .hasSize(15);
    for (int installment : targets.subList(0, 15)) {
      assertThat(
              count(
                  "SELECT COUNT(*) FROM invoices i JOIN payment_installments p"
                      + " ON p.invoice_id = i.id WHERE p.id = ?",
                  installment))
          .isEqualTo(1);
    }
    assertGapless();
  }

  @Test
  void voidingNeedsAReasonAndNothingPaidAndFreesTheInstallment() {
    int buildId = bookedExample().getInt("id");
    JsonObject invoice = issue(installmentId(buildId, 1));
    int id = invoice.getInt("id");

    Api.Response noReason = post("/api/invoices/" + id + "/void", "{}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.errorFields()).containsExactly("reason");

    Api.Response stale =
        post("/api/invoices/" + id + "/void", "{\"reason\": \"Typo\"}", "If-Match", "\"99\"");
    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);

    assertThat(pay(id, Api.uniqueToken(), "10.00").status()).isEqualTo(201);
    Api.Response paid = post("/api/invoices/" + id + "/void", "{\"reason\": \"Typo\"}");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(409);
    assertThat(paid.json().getString("detail")).contains("refund it before voiding");

    assertThat(refund(id, Api.uniqueToken(), "10.00").status()).isEqualTo(201);
    Api.Response voided = post("/api/invoices/" + id + "/void", "{\"reason\": \"Wrong client\"}");
    assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
    assertThat(voided.json().getString("status")).isEqualTo("Void");
    assertThat(voided.json().getString("voidReason")).isEqualTo("Wrong client");
    assertThat(get("/api/invoices/" + id).json().getString("status")).isEqualTo("Void");

    Api.Response again = post("/api/invoices/" + id + "/void", "{\"reason\": \"Twice\"}");
    assertThat(again.status()).isEqualTo(409);
    Api.Response payVoid = pay(id, Api.uniqueToken(), "1.00");
    assertThat(payVoid.status()).isEqualTo(409);

    JsonObject freed = installments(buildId).get(0);
    assertThat(freed.containsKey("invoiceId")).isFalse();
    JsonObject reissued = issue(freed.getInt("id"));
    assertThat(reissued.getString("invoiceNumber"))
        .isNotEqualTo(invoice.getString("invoiceNumber"));
  }

  @Test
  void thePdfIsAPdfNamingTheNumberAndTheTotal() throws Exception {
    JsonObject invoice = issue(installmentId(bookedExample().getInt("id"), 2));

    HttpResponse<byte[]> response = bytes("/api/invoices/" + invoice.getInt("id") + "/pdf");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/pdf");
    assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains(invoice.getString("invoiceNumber"))
          .contains("Total: 1175.00")
          .contains("Outstanding: 1175.00");
    }
    assertThat(get("/api/invoices/999999999/pdf").status()).isEqualTo(404);
  }

  @Test
  void theCsvExportParsesBackWithQuotingAndHonoursTheFilters() {
    JsonObject build =
        BillingFixtures.booked(
            InquiryFixtures.uniqueDate(),
            Json.createObjectBuilder()
                .add("firstName", "Ann \"Annie\", Jr")
                .add("lastName", "Lee"));
    int buildId = build.getInt("id");
    int projectId = build.getInt("projectId");
    JsonObject first = issue(installmentId(buildId, 1));
    JsonObject second = issue(installmentId(buildId, 2));
    pay(second.getInt("id"), Api.uniqueToken(), "100.00");

    Api.Response csv = get("/api/invoices/export.csv?projectId=" + projectId);

    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<List<String>> rows = parseCsv(csv.body());
    assertThat(rows.get(0)).startsWith("invoiceNumber", "status", "issueDate");
    assertThat(rows).hasSize(3);
    List<String> newest = rows.get(1);
    assertThat(newest.get(0)).isEqualTo(second.getString("invoiceNumber"));
    assertThat(newest.get(1)).isEqualTo("Partially Paid");
    assertThat(newest.get(4)).isEqualTo("1175.00");
    assertThat(newest.get(5)).isEqualTo("100.00");
    assertThat(newest.get(6)).isEqualTo("1075.00");
    assertThat(newest.get(8)).startsWith("Ann \"Annie\", Jr Lee wedding");
    assertThat(newest.get(10)).isEqualTo("Ann \"Annie\", Jr Lee");
    assertThat(rows.get(2).get(0)).isEqualTo(first.getString("invoiceNumber"));
    assertThat(csv.body()).contains("\r\n").contains("\"Ann \"\"Annie\"\", Jr Lee\"");

    List<List<String>> partly =
        parseCsv(
            get("/api/invoices/export.csv?projectId=" + projectId + "&status=Partially%20Paid")
                .body());
    assertThat(partly).hasSize(2);
    Api.Response bad = get("/api/invoices/export.csv?status=Lost&issuedFrom=yesterday");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorFields()).containsExactly("issuedFrom", "status");
  }

  @Test
  void listsFilterAndPageAndRefuseBadParameters() {
    JsonObject build = bookedExample();
    int projectId = build.getInt("projectId");
    int buildId = build.getInt("id");
    for (int sequence = 1; sequence <= 3; sequence++) {
      issue(installmentId(buildId, sequence));
    }

    Api.Response page1 = get("/api/invoices?projectId=" + projectId + "&limit=2");
    assertThat(page1.items()).hasSize(2);
    String cursor = page1.json().getString("nextCursor");
    Api.Response page2 = get("/api/invoices?projectId=" + projectId + "&limit=2&cursor=" + cursor);
    assertThat(page2.items()).hasSize(1);
    assertThat(page2.json().containsKey("nextCursor")).isFalse();
    assertThat(page1.items().get(0).getInt("id")).isGreaterThan(page1.items().get(1).getInt("id"));

    String today = TODAY.toString();
    assertThat(
            get("/api/invoices?projectId="
                    + projectId
                    + "&issuedFrom="
                    + today
                    + "&issuedTo="
                    + today)
                .items())
        .hasSize(3);
    assertThat(
            get("/api/invoices?projectId=" + projectId + "&issuedFrom=" + TODAY.plusDays(1))
                .items())
        .isEmpty();
    assertThat(get("/api/invoices?projectId=" + projectId + "&status=Paid").items()).isEmpty();
    int clientId = build.getInt("clientId");
    assertThat(get("/api/invoices?clientId=" + clientId).items())
        .hasSize(3)
        .allSatisfy(i -> assertThat(i.getInt("clientId")).isEqualTo(clientId));

    Api.Response bad =
        get(
            "/api/invoices?status=Lost&projectId=x&issuedFrom=2026-02-01&issuedTo=2026-01-01"
                + "&limit=0");
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith(Api.PROBLEM_JSON);
    assertThat(bad.errorFields()).contains("status", "projectId", "limit");
    Api.Response range = get("/api/invoices?issuedFrom=2026-02-01&issuedTo=2026-01-01");
    assertThat(range.status()).isEqualTo(400);
    assertThat(range.errorFields()).containsExactly("issuedFrom");
    assertThat(get("/api/invoices?cursor=nonsense").errorFields()).containsExactly("cursor");
    assertThat(get("/api/invoices/999999999").status()).isEqualTo(404);
    assertThat(post("/api/installments/999999999/invoice", "").status()).isEqualTo(404);
  }

  @Test
  void aPortalUserSeesOnlyItsOwnClientsInvoicesAndCannotPay() {
    JsonObject mine = bookedExample();
    JsonObject theirs = bookedExample();
    JsonObject myInvoice = issue(installmentId(mine.getInt("id"), 1));
    JsonObject theirInvoice = issue(installmentId(theirs.getInt("id"), 1));
    Api.Client portal = portalUser(mine.getInt("clientId"));

    List<JsonObject> listed = portal.get("/api/invoices").items();
    assertThat(listed).extracting(i -> i.getInt("id")).containsExactly(myInvoice.getInt("id"));
    assertThat(portal.get("/api/invoices?clientId=" + theirs.getInt("clientId")).items()).isEmpty();
    assertThat(portal.get("/api/invoices/" + myInvoice.getInt("id")).status()).isEqualTo(200);
    assertThat(portal.get("/api/invoices/" + myInvoice.getInt("id") + "/pdf").status())
        .isEqualTo(200);
    assertThat(portal.get("/api/invoices/" + theirInvoice.getInt("id")).status()).isEqualTo(404);
    assertThat(portal.get("/api/builds/" + mine.getInt("id") + "/payment-schedule").status())
        .isEqualTo(200);
    assertThat(portal.get("/api/builds/" + theirs.getInt("id") + "/payment-schedule").status())
        .isEqualTo(404);
    List<List<String>> csv = parseCsv(portal.get("/api/invoices/export.csv").body());
    assertThat(csv).hasSize(2);
    assertThat(csv.get(1).get(0)).isEqualTo(myInvoice.getString("invoiceNumber"));
    Api.Response pays =
        portal.post(
            "/api/invoices/" + myInvoice.getInt("id") + "/payments",
            BillingFixtures.paymentJson("10.00", "Card", null),
            "Idempotency-Key",
            Api.uniqueToken());
    assertThat(pays.status()).isEqualTo(403);
  }

  // ---- Payments ------------------------------------------------------------------------------

  @Test
  void aReplayAnswersTheFirstResponseAndAnotherBodyWithTheSameKeyIsRefused() {
    JsonObject build = bookedExample();
    JsonObject invoice = issue(installmentId(build.getInt("id"), 1));
    int id = invoice.getInt("id");
    String key = Api.uniqueToken();

    Api.Response first = pay(id, key, "100.00");
    long auditAfterFirst = Database.maxAuditId();
    Api.Response replay = pay(id, key, "100");
    Api.Response otherBody = pay(id, key, "90.00");
    Api.Response otherInvoice =
        pay(issue(installmentId(build.getInt("id"), 2)).getInt("id"), key, "100.00");

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().getString("kind")).isEqualTo("payment");
    assertThat(money(first.json(), "amount")).isEqualByComparingTo("100.00");
    assertThat(first.json().getJsonObject("invoice").getString("status"))
        .isEqualTo("Partially Paid");
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(otherBody.status()).as(otherBody.toString()).isEqualTo(422);
    assertThat(otherBody.errorFields()).containsExactly("Idempotency-Key");
    assertThat(otherInvoice.status()).isEqualTo(422);
    assertThat(count("SELECT COUNT(*) FROM payments WHERE invoice_id = ?", id)).isEqualTo(1);
    assertThat(money(get("/api/invoices/" + id).json(), "amountPaid"))
        .isEqualByComparingTo("100.00");
    assertThat(Database.auditActionsAfter(auditAfterFirst)).containsOnly("invoice.issue");
  }

  @Test
  void overpaymentIsAClearConflictAndRefundsNeverGoBelowZero() {
    JsonObject build = bookedExample();
    int id = issue(installmentId(build.getInt("id"), 1)).getInt("id");

    Api.Response over = pay(id, Api.uniqueToken(), "587.51");
    assertThat(over.status()).as(over.toString()).isEqualTo(409);
    assertThat(over.json().getString("detail"))
        .contains("Overpayment")
        .contains("587.50 outstanding")
        .contains("exceed it by 0.01");

    assertThat(
            pay(id, Api.uniqueToken(), "587.50")
                .json()
                .getJsonObject("invoice")
                .getString("status"))
        .isEqualTo("Paid");
    Api.Response tooMuch = refund(id, Api.uniqueToken(), "600.00");
    assertThat(tooMuch.status()).isEqualTo(409);
    assertThat(tooMuch.json().getString("detail")).contains("below zero");

    Api.Response refunded = refund(id, Api.uniqueToken(), "87.50");
    assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
    assertThat(refunded.json().getString("kind")).isEqualTo("refund");
    assertThat(money(refunded.json(), "amount")).isEqualByComparingTo("-87.50");
    assertThat(refunded.json().getJsonObject("invoice").getString("status"))
        .isEqualTo("Partially Paid");
    assertThat(money(refunded.json(), "buildTotalPaid")).isEqualByComparingTo("500.00");
    JsonObject after = get("/api/invoices/" + id).json();
    assertThat(money(after, "amountPaid")).isEqualByComparingTo("500.00");
    assertThat(after.getJsonArray("payments")).hasSize(2);
    assertThat(money(get("/api/builds/" + build.getInt("id")).json(), "totalPaid"))
        .isEqualByComparingTo("500.00");
    assertInvariants();
  }

  @Test
  void aNulInATransactionIdAndYearsBeyond9999Are400NamingTheField() {
    int id = issue(installmentId(bookedExample().getInt("id"), 1)).getInt("id");
    Api.Response nul =
        post(
            "/api/invoices/" + id + "/payments",
            "{\"amount\": 10.00, \"method\": \"Card\", \"transactionId\": \"tx\\u0000\"}",
            "Idempotency-Key",
            Api.uniqueToken());
    assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
    assertThat(nul.contentType()).startsWith(Api.PROBLEM_JSON);
    assertThat(nul.errorFields()).containsExactly("transactionId");
    assertThat(count("SELECT COUNT(*) FROM payments WHERE invoice_id = ?", id)).isZero();

    for (String list : List.of("/api/invoices", "/api/invoices/export.csv")) {
      Api.Response far = get(list + "?issuedFrom=-999999999-01-01&issuedTo=%2B999999999-12-31");
      assertThat(far.status()).as(far.toString()).isEqualTo(400);
      assertThat(far.contentType()).startsWith(Api.PROBLEM_JSON);
      assertThat(far.errorFields()).containsExactly("issuedFrom", "issuedTo");
    }
  }

  @Test
  void badPaymentsAreRefusedNamingEveryBadField() {
    int id = issue(installmentId(bookedExample().getInt("id"), 1)).getInt("id");
    String path = "/api/invoices/" + id + "/payments";

    Api.Response noKey = post(path, BillingFixtures.paymentJson("10.00", "Card", null));
    assertThat(noKey.status()).isEqualTo(400);
    assertThat(noKey.errorFields()).containsExactly("Idempotency-Key");

    Api.Response bad =
        post(
            path,
            "{\"amount\": 1.001, \"method\": \"Barter\"}",
            "Idempotency-Key",
            Api.uniqueToken());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorFields()).containsExactly("amount", "method");
    for (String amount : List.of("0", "-5.00")) {
      Api.Response refused = pay(id, Api.uniqueToken(), amount);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.errorFields()).containsExactly("amount");
    }
    Api.Response missing = post(path, "{}", "Idempotency-Key", Api.uniqueToken());
    assertThat(missing.errorFields()).containsExactly("amount", "method");
    assertThat(pay(999999999, Api.uniqueToken(), "1.00").status()).isEqualTo(404);
    assertThat(count("SELECT COUNT(*) FROM payments WHERE invoice_id = ?", id)).isZero();
  }

  @Test
  void fiftyConcurrentPaymentsWithReplayedKeysKeepTheInvariants() throws Exception {
    JsonObject build = bookedExample();
    int id = issue(installmentId(build.getInt("id"), 2)).getInt("id");
    List<Callable<Api.Response>> calls = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String key = Api.uniqueToken();
      String body = BillingFixtures.paymentJson("10.00", "Bank Transfer", "tx-" + key);
      calls.add(() -> http11("/api/invoices/" + id + "/payments", body, key));
      calls.add(() -> http11("/api/invoices/" + id + "/payments", body, key));
    }
    java.util.Collections.shuffle(calls, ThreadLocalRandom.current());

    List<Api.Response> responses = runConcurrently(calls, 50);

    assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
    assertThat(responses.stream().filter(r -> r.header("Idempotent-Replayed") == null)).hasSize(25);
    assertThat(responses.stream().map(r -> r.json().getInt("id")).distinct()).hasSize(25);
    assertThat(count("SELECT COUNT(*) FROM payments WHERE invoice_id = ?", id)).isEqualTo(25);
    JsonObject invoice = get("/api/invoices/" + id).json();
    assertThat(money(invoice, "amountPaid")).isEqualByComparingTo("250.00");
    assertThat(invoice.getString("status")).isEqualTo("Partially Paid");
    assertThat(money(get("/api/builds/" + build.getInt("id")).json(), "totalPaid"))
        .isEqualByComparingTo("250.00");
    assertInvariants();
  }

  @Test
  void oneNewKeySentAtOnceToTwoInvoicesPaysOneAndAnswersTheOther422() throws Exception {
    JsonObject build = bookedExample();
    int first = issue(installmentId(build.getInt("id"), 1)).getInt("id");
    int second = issue(installmentId(build.getInt("id"), 2)).getInt("id");
    for (int round = 0; round < 5; round++) {
      String key = Api.uniqueToken();
      String body = BillingFixtures.paymentJson("1.00", "Card", "tx-" + key);
      List<Api.Response> responses =
          runConcurrently(
              List.of(
                  () -> http11("/api/invoices/" + first + "/payments", body, key),
                  () -> http11("/api/invoices/" + second + "/payments", body, key)),
              2);

      assertThat(responses)
          .extracting(Api.Response::status)
          .as(responses.toString())
          .containsExactlyInAnyOrder(201, 422);
      Api.Response refused = responses.stream().filter(r -> r.status() == 422).findFirst().get();
      assertThat(refused.errorFields()).containsExactly("Idempotency-Key");
    }
    assertThat(count("SELECT COUNT(*) FROM payments WHERE invoice_id IN (?, ?)", first, second))
        .isEqualTo(5);
    assertInvariants();
  }

  // ---- Helpers -------------------------------------------------------------------------------

  private static void approve(int buildId, jakarta.json.JsonObjectBuilder... operations) {
    JsonObject build = get("/api/builds/" + buildId).json();
    JsonObject order =
        ChangeOrdersApiIT.proposed(build, ChangeOrdersApiIT.proposal("Change", null, operations));
    ChangeOrdersApiIT.decide(order, "approve");
  }

  /** Every PF- number of this year, 1 to the highest, exactly once. */
  private static void assertGapless() {
    String prefix = "PF-" + TODAY.getYear() + "-";
    long numbers = count("SELECT COUNT(*) FROM invoices WHERE invoice_number LIKE ?", prefix + "%");
    long distinct =
        count(
            "SELECT COUNT(DISTINCT invoice_number) FROM invoices WHERE invoice_number LIKE ?",
            prefix + "%");
    long highest =
        count(
            "SELECT COALESCE(MAX(CAST(SUBSTRING(invoice_number FROM 9) AS INT)), 0) FROM invoices"
                + " WHERE invoice_number LIKE ?",
            prefix + "%");
    assertThat(distinct).isEqualTo(numbers);
    assertThat(highest).as("no gap below the highest number").isEqualTo(numbers);
  }

  /**
   * For every invoice, amount_paid = Σ payments; for every build, total_paid = Σ of its project.
   */
  private static void assertInvariants() {
    assertThat(
            count(
                "SELECT COUNT(*) FROM invoices i WHERE i.invoice_number LIKE 'PF-%' AND"
                    + " i.amount_paid <> (SELECT COALESCE(SUM(p.amount), 0) FROM payments p"
                    + " WHERE p.invoice_id = i.id)"))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM builds b WHERE b.project_id IS NOT NULL AND EXISTS (SELECT 1"
                    + " FROM payment_installments s JOIN invoices v ON v.id = s.invoice_id"
                    + " WHERE s.build_id = b.id AND v.invoice_number LIKE 'PF-%')"
                    + " AND b.total_paid <>"
                    + " (SELECT COALESCE(SUM(p.amount), 0) FROM payments p JOIN invoices i"
                    + " ON i.id = p.invoice_id WHERE i.project_id = b.project_id)"))
        .isZero();
  }

  private static Api.Client portalUser(int clientId) {
    String email = "payer-" + Api.uniqueToken() + "@portal.test";
    Api.Response created =
        post(
            "/api/client-users",
            Json.createObjectBuilder()
                .add("clientId", clientId)
                .add("email", email)
                .add("password", Team.PASSWORD)
                .build()
                .toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Api.Response login =
        Api.anonymous().post("/api/auth/client-login", Api.credentials(email, Team.PASSWORD));
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return Api.as(login.json().getString("accessToken"));
  }

  private static List<Api.Response> runConcurrently(List<Callable<Api.Response>> calls, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Api.Response>> futures = pool.invokeAll(calls);
      List<Api.Response> responses = new ArrayList<>();
      for (Future<Api.Response> future : futures) {
        responses.add(future.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Concurrent calls go over HTTP/1.1: the JDK client's default h2c upgrade makes Liberty answer
   * GOAWAY and stall under many simultaneous first requests (seen with 50 threads).
   */
  private static final HttpClient HTTP_1_1 =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static Api.Response http11(String path, String json, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(BASE.resolve(path))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + Api.asAdmin().accessToken())
            .header("Content-Type", Api.JSON)
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return new Api.Response(HTTP_1_1.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  private static HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(BASE.resolve(path))
            .header("Authorization", "Bearer " + Api.asAdmin().accessToken())
            .GET()
            .build();
    return HTTP_1_1.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; lines end CRLF. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  private static long count(String sql, Object... parameters) {
    return ((Number) Database.single(sql, parameters)).longValue();
  }

  private static BigDecimal money(JsonObject json, String field) {
    return json.getJsonNumber(field).bigDecimalValue();
  }
}
