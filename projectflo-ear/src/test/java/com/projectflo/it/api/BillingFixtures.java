package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * Booked builds with their payment schedules, invoices and payments, made through the API. Builds
 * use the pricing tests' catalog (docs/pricing.md's worked example, 2350.00).
 */
final class BillingFixtures {

  private static LedgerFixtures catalog;
  private static Integer cent;

  private BillingFixtures() {}

  static synchronized LedgerFixtures catalog() {
    if (catalog == null) {
      catalog = new LedgerFixtures();
    }
    return catalog;
  }

  /** A billable item of 0.01 (to make a price with odd cents). */
  static synchronized int cent() {
    if (cent == null) {
      cent =
          ((Number)
                  Database.single(
                      "INSERT INTO billable_items (name, price, pricing_type)"
                          + " VALUES (?, 0.01, 'Fixed') RETURNING id",
                      "Cent " + Api.uniqueToken()))
              .intValue();
    }
    return cent;
  }

  /** The worked example booked on a wedding date far in the future; returns the booked build. */
  static JsonObject bookedExample() {
    return book(catalog().exampleBuild().getInt("id"));
  }

  /** A build of the example lines plus {@code extra}, for a couple marrying on {@code wedding}. */
  static JsonObject booked(
      LocalDate wedding, JsonObjectBuilder contact, JsonObjectBuilder... extra) {
    String token = Api.uniqueToken();
    JsonObjectBuilder lead = InquiryFixtures.lead(token).add("weddingDate", wedding.toString());
    if (contact != null) {
      lead.add("contact", contact.add("email", "couple-" + token + "@leads.test"));
    }
    int inquiry = InquiryFixtures.createInquiry(lead.build().toString());
    JsonArrayBuilder lines = catalog().exampleLines();
    for (JsonObjectBuilder line : extra) {
      lines.add(line);
    }
    String body =
        Json.createObjectBuilder()
            .add("inquiryId", inquiry)
            .add("operations", lines)
            .build()
            .toString();
    Api.Response created = Api.post("/api/builds", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return book(created.json().getInt("id"));
  }

  static JsonObject book(int buildId) {
    Api.Response booked = Api.post("/api/builds/" + buildId + "/book", "");
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    return booked.json();
  }

  static JsonObject schedule(int buildId) {
    Api.Response schedule = Api.get("/api/builds/" + buildId + "/payment-schedule");
    assertThat(schedule.status()).as(schedule.toString()).isEqualTo(200);
    return schedule.json();
  }

  static List<JsonObject> installments(int buildId) {
    return schedule(buildId).getJsonArray("installments").getValuesAs(JsonObject.class);
  }

  static int installmentId(int buildId, int sequence) {
    return installments(buildId).get(sequence - 1).getInt("id");
  }

  /** Issues the invoice of an installment (as the administrator); returns the invoice. */
  static JsonObject issue(int installmentId) {
    Api.Response issued = Api.post("/api/installments/" + installmentId + "/invoice", "");
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    return issued.json();
  }

  /** A fresh invoice: the retainer (587.50) of a newly booked example. */
  static JsonObject freshInvoice() {
    return issue(installmentId(bookedExample().getInt("id"), 1));
  }

  static String paymentJson(String amount, String method, String transactionId) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("method", method);
    if (amount != null) {
      json.add("amount", new java.math.BigDecimal(amount));
    }
    if (transactionId != null) {
      json.add("transactionId", transactionId);
    }
    return json.build().toString();
  }

  static Api.Response pay(int invoiceId, String key, String amount) {
    return Api.post(
        "/api/invoices/" + invoiceId + "/payments",
        paymentJson(amount, "Bank Transfer", "tx-" + key),
        "Idempotency-Key",
        key);
  }

  static Api.Response refund(int invoiceId, String key, String amount) {
    return Api.post(
        "/api/invoices/" + invoiceId + "/refunds",
        paymentJson(amount, "Bank Transfer", "rf-" + key),
        "Idempotency-Key",
        key);
  }
}
