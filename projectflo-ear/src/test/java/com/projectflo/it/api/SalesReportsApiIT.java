package com.projectflo.it.api;

import static com.projectflo.it.api.DocumentFixtures.createBuild;
import static com.projectflo.it.api.DocumentFixtures.createInquiry;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sales funnel over inquiries inserted into March and April 2031 (a period no other test uses),
 * every figure computed by hand in the comments.
 */
class SalesReportsApiIT {

  private static OffsetDateTime at(String instant) {
    return OffsetDateTime.parse(instant);
  }

  private static OffsetDateTime plusHours(String instant, long hours) {
    return at(instant).plus(Duration.ofHours(hours));
  }

  private static OffsetDateTime plusDays(String instant, long days) {
    return at(instant).plus(Duration.ofDays(days));
  }

  /** Nine inquiries in 2031-03-01 .. 2031-04-30, and three that must not count. */
  private static void insertInquiries() {
    String c1 = "2031-03-02T10:00:00Z";
    int i1 =
        createInquiry(
            "Booked", "Instagram", "SPRING31", at(c1), plusHours(c1, 2), plusDays(c1, 10), null);
    createBuild(i1, "Booked", "3000.00");
    String c2 = "2031-03-05T09:00:00Z";
    int i2 =
        createInquiry(
            "Booked", "Instagram", null, at(c2), plusHours(c2, 4), plusDays(c2, 20), null);
    createBuild(i2, "Completed", "2500.50");
    String c3 = "2031-03-10T12:00:00Z";
    createInquiry("Closed-Lost", "Instagram", "SPRING31", at(c3), plusHours(c3, 1), null, "Budget");
    String c4 = "2031-03-15T08:00:00Z";
    createInquiry("Contacted", "Referral", "SPRING31", at(c4), plusHours(c4, 6), null, null);
    createInquiry("New", "Referral", null, at("2031-04-01T00:00:00Z"));
    String c6 = "2031-04-10T15:00:00Z";
    createInquiry("Closed-Lost", null, null, at(c6), plusHours(c6, 3), null, "Budget");
    String c7 = "2031-04-20T11:00:00Z";
    int i7 =
        createInquiry(
            "Proposal Sent", "Referral", "SPRING31", at(c7), plusHours(c7, 5), null, null);
    createBuild(i7, "Proposal Sent", "4000.00");
    createInquiry(
        "Closed-Lost", "Wedding fair", null, at("2031-04-30T23:59:59Z"), null, null, "Date taken");
    String c9 = "2031-04-25T10:00:00Z";
    int i9 = createInquiry("Booked", "Wedding fair", null, at(c9), null, plusDays(c9, 3), null);
    createBuild(i9, "Booked", "1800.00");

    // Outside the period, or archived: none of these may count.
    int before = createInquiry("Booked", "Instagram", null, at("2031-02-28T23:59:59Z"));
    createBuild(before, "Booked", "999.00");
    createInquiry("New", "Instagram", null, at("2031-05-01T00:00:00Z"));
    int archived = createInquiry("Booked", "Instagram", "SPRING31", at("2031-03-20T10:00:00Z"));
    createBuild(archived, "Booked", "777.00");
    Database.execute("UPDATE inquiries SET archived_at = now() WHERE id = ?", archived);
  }

  private static Map<String, Integer> statusCounts(JsonObject holder) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (JsonObject entry : holder.getJsonArray("byStatus").getValuesAs(JsonObject.class)) {
      counts.put(entry.getString("status"), entry.getInt("count"));
    }
    return counts;
  }

  private static BigDecimal decimal(JsonObject object, String name) {
    return object.getJsonNumber(name).bigDecimalValue();
  }

  private static void assertConversion(
      JsonObject conversion,
      int inquiries,
      int booked,
      int lost,
      int open,
      String rate,
      String closedRate,
      String revenue) {
    assertThat(conversion.getInt("inquiries")).as(conversion.toString()).isEqualTo(inquiries);
    assertThat(conversion.getInt("booked")).as(conversion.toString()).isEqualTo(booked);
    assertThat(conversion.getInt("lost")).as(conversion.toString()).isEqualTo(lost);
    assertThat(conversion.getInt("open")).as(conversion.toString()).isEqualTo(open);
    assertThat(decimal(conversion, "conversionRate")).isEqualTo(new BigDecimal(rate));
    if (closedRate == null) {
      assertThat(conversion.containsKey("closedConversionRate")).isFalse();
    } else {
      assertThat(decimal(conversion, "closedConversionRate")).isEqualTo(new BigDecimal(closedRate));
    }
    assertThat(decimal(conversion, "bookedRevenue")).isEqualTo(new BigDecimal(revenue));
  }

  @Test
  void theFunnelOfAPeriodMatchesTheFiguresComputedByHand() {
    insertInquiries();

    Api.Response response = Api.get("/api/reports/funnel?from=2031-03-01&to=2031-04-30");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonObject funnel = response.json();
    assertThat(funnel.getString("from")).isEqualTo("2031-03-01");
    assertThat(funnel.getString("to")).isEqualTo("2031-04-30");
    assertThat(funnel.getInt("inquiries")).isEqualTo(9);
    assertThat(statusCounts(funnel))
        .containsExactly(
            Map.entry("New", 1),
            Map.entry("Contacted", 1),
            Map.entry("Proposal Sent", 1),
            Map.entry("Booked", 3),
            Map.entry("Closed-Lost", 3));

    List<JsonObject> months = funnel.getJsonArray("byMonth").getValuesAs(JsonObject.class);
    assertThat(months).extracting(m -> m.getString("month")).containsExactly("2031-03", "2031-04");
    assertThat(months.get(0).getInt("inquiries")).isEqualTo(4);
    assertThat(statusCounts(months.get(0)))
        .containsExactly(
            Map.entry("New", 0),
            Map.entry("Contacted", 1),
            Map.entry("Proposal Sent", 0),
            Map.entry("Booked", 2),
            Map.entry("Closed-Lost", 1));
    assertThat(months.get(1).getInt("inquiries")).isEqualTo(5);
    assertThat(statusCounts(months.get(1)))
        .containsExactly(
            Map.entry("New", 1),
            Map.entry("Contacted", 0),
            Map.entry("Proposal Sent", 1),
            Map.entry("Booked", 1),
            Map.entry("Closed-Lost", 2));

    // Booked 3 of 9 = 33.3 %; of the 6 closed = 50.0 %; 3000.00 + 2500.50 + 1800.00.
    assertConversion(funnel.getJsonObject("overall"), 9, 3, 3, 3, "33.3", "50.0", "7300.50");

    List<JsonObject> sources = funnel.getJsonArray("byLeadSource").getValuesAs(JsonObject.class);
    assertThat(sources)
        .extracting(s -> s.containsKey("leadSource") ? s.getString("leadSource") : null)
        .containsExactly("Instagram", "Referral", "Wedding fair", null);
    assertConversion(sources.get(0), 3, 2, 1, 0, "66.7", "66.7", "5500.50");
    // The Referral build is only at Proposal Sent: no revenue; nothing closed: no closed rate.
    assertConversion(sources.get(1), 3, 0, 0, 3, "0.0", null, "0.00");
    assertConversion(sources.get(2), 2, 1, 1, 0, "50.0", "50.0", "1800.00");
    assertConversion(sources.get(3), 1, 0, 1, 0, "0.0", "0.0", "0.00");

    List<JsonObject> campaigns = funnel.getJsonArray("byCampaign").getValuesAs(JsonObject.class);
    assertThat(campaigns)
        .extracting(c -> c.containsKey("campaign") ? c.getString("campaign") : null)
        .containsExactly("SPRING31", null);
    assertConversion(campaigns.get(0), 4, 1, 1, 2, "25.0", "50.0", "3000.00");
    assertConversion(campaigns.get(1), 5, 2, 2, 1, "40.0", "50.0", "4300.50");

    // First contact after 2, 4, 1, 6, 3 and 5 hours: median 3.5 h (0.1 day).
    JsonObject firstContact = funnel.getJsonObject("toFirstContact");
    assertThat(firstContact.getInt("inquiries")).isEqualTo(6);
    assertThat(decimal(firstContact, "medianHours")).isEqualTo(new BigDecimal("3.5"));
    assertThat(decimal(firstContact, "medianDays")).isEqualTo(new BigDecimal("0.1"));
    // Booked after 10, 20 and 3 days: median 10 days.
    JsonObject booking = funnel.getJsonObject("toBooking");
    assertThat(booking.getInt("inquiries")).isEqualTo(3);
    assertThat(decimal(booking, "medianDays")).isEqualTo(new BigDecimal("10.0"));
    assertThat(decimal(booking, "medianHours")).isEqualTo(new BigDecimal("240.0"));

    List<JsonObject> reasons = funnel.getJsonArray("lostReasons").getValuesAs(JsonObject.class);
    assertThat(reasons)
        .extracting(r -> r.getString("reason") + "=" + r.getInt("count"))
        .containsExactly("Budget=2", "Date taken=1");
  }

  @Test
  void aPeriodWithoutInquiriesHasZerosAndNoRatesOrMedians() {
    JsonObject funnel = Api.get("/api/reports/funnel?from=2035-01-01&to=2035-02-28").json();

    assertThat(funnel.getInt("inquiries")).isZero();
    assertThat(funnel.getJsonArray("byMonth")).hasSize(2);
    assertThat(funnel.getJsonArray("byLeadSource")).isEmpty();
    assertThat(funnel.getJsonArray("lostReasons")).isEmpty();
    JsonObject overall = funnel.getJsonObject("overall");
    assertThat(overall.getInt("inquiries")).isZero();
    assertThat(overall.containsKey("conversionRate")).isFalse();
    assertThat(decimal(overall, "bookedRevenue")).isEqualTo(new BigDecimal("0.00"));
    assertThat(funnel.getJsonObject("toBooking").get("medianDays")).isNull();
    assertThat(funnel.getJsonObject("toBooking").getOrDefault("medianHours", JsonValue.NULL))
        .isEqualTo(JsonValue.NULL);
  }

  @Test
  void badMissingOrInvertedDatesAre400NamingTheField() {
    Api.Response missing = Api.get("/api/reports/funnel?from=2031-03-01");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorFields()).containsExactly("to");

    Api.Response malformed = Api.get("/api/reports/funnel?from=03/01/2031&to=2031-04-31");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.errorFields()).containsExactly("from", "to");

    Api.Response inverted = Api.get("/api/reports/funnel?from=2031-04-30&to=2031-03-01");
    assertThat(inverted.status()).isEqualTo(400);
    assertThat(inverted.errorFields()).containsExactly("to");

    assertThat(
            Team.withRole("Videographer")
                .client()
                .get("/api/reports/funnel?from=2031-03-01&to=2031-04-30")
                .status())
        .isEqualTo(403);
  }
}
