package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sales funnel against figures worked out by hand from inquiries received in 2033 (a year no
 * other test uses): seven count, one archived and one received later do not.
 */
class SalesReportsApiIT {

  private static final String RANGE = "/api/reports/funnel?from=2033-01-01&to=2033-02-28";

  @BeforeAll
  static void seed() {
    int i1 = inquiry("2033-01-05T10:00Z", "Booked", "Instagram", "spring", 2, 10, null, false);
    build(i1, "3000.00");
    int i2 = inquiry("2033-01-10T00:00Z", "Booked", "Instagram", null, 4, 20, null, false);
    build(i2, "4500.50");
    inquiry("2033-01-20T09:00Z", "Closed-Lost", "Referral", "spring", 6, null, "budget", false);
    inquiry("2033-02-02T09:00Z", "Closed-Lost", "Instagram", "spring", null, null, "budget", false);
    inquiry("2033-02-14T09:00Z", "Contacted", null, null, 8, null, null, false);
    inquiry("2033-02-20T09:00Z", "New", "Referral", null, null, null, null, false);
    inquiry("2033-02-25T09:00Z", "Closed-Lost", "Referral", null, 2, null, "date taken", false);
    int archived = inquiry("2033-02-21T09:00Z", "Booked", "Instagram", null, 1, 1, null, true);
    build(archived, "999.00");
    inquiry("2033-03-01T09:00Z", "New", "Instagram", null, null, null, null, false);
  }

  @Test
  void totalsConversionRevenueAndMedians() {
    JsonObject funnel = Api.get(RANGE).json();

    assertThat(funnel.getInt("inquiries")).isEqualTo(7);
    assertThat(funnel.getInt("booked")).isEqualTo(2);
    assertThat(funnel.getInt("lost")).isEqualTo(3);
    assertThat(funnel.getJsonNumber("conversionRate").toString()).isEqualTo("0.2857");
    assertThat(funnel.getJsonNumber("closedConversionRate").toString()).isEqualTo("0.4000");
    assertThat(funnel.getJsonNumber("bookedRevenue").toString()).isEqualTo("7500.50");
    assertThat(funnel.getJsonNumber("medianHoursToFirstContact").toString()).isEqualTo("4.0");
    assertThat(funnel.getJsonNumber("medianDaysToBooking").toString()).isEqualTo("15.0");
  }

  @Test
  void byStatusAndByMonth() {
    JsonObject funnel = Api.get(RANGE).json();

    assertThat(funnel.getJsonObject("byStatus").toString())
        .isEqualTo(
            "{\"New\":1,\"Contacted\":1,\"Proposal Sent\":0,\"Booked\":2,\"Closed-Lost\":3}");
    List<JsonObject> months = funnel.getJsonArray("byMonth").getValuesAs(JsonObject.class);
    assertThat(months).extracting(m -> m.getString("month")).containsExactly("2033-01", "2033-02");
    assertThat(months).extracting(m -> m.getInt("inquiries")).containsExactly(3, 4);
    assertThat(months.get(0).getJsonObject("byStatus").getInt("Booked")).isEqualTo(2);
    assertThat(months.get(0).getJsonObject("byStatus").getInt("Closed-Lost")).isEqualTo(1);
    assertThat(months.get(1).getJsonObject("byStatus").getInt("Closed-Lost")).isEqualTo(2);
    assertThat(months.get(1).getJsonObject("byStatus").getInt("New")).isEqualTo(1);
  }

  @Test
  void byLeadSourceAndCampaignAndLostReasons() {
    JsonObject funnel = Api.get(RANGE).json();

    assertThat(channels(funnel, "byLeadSource"))
        .containsExactly(
            "Instagram 3 2 0.6667 7500.50", "Referral 3 0 0.0000 0.00", "null 1 0 0.0000 0.00");
    assertThat(channels(funnel, "byCampaign"))
        .containsExactly("null 4 1 0.2500 4500.50", "spring 3 1 0.3333 3000.00");
    assertThat(funnel.getJsonArray("lostReasons").getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("reason") + " " + r.getInt("inquiries"))
        .containsExactly("budget 2", "date taken 1");
  }

  @Test
  void anEmptyRangeHasZerosAndNoRates() {
    JsonObject funnel = Api.get("/api/reports/funnel?from=2040-01-01&to=2040-01-31").json();

    assertThat(funnel.getInt("inquiries")).isZero();
    assertThat(funnel.containsKey("conversionRate")).isFalse();
    assertThat(funnel.getJsonNumber("bookedRevenue").toString()).isEqualTo("0.00");
    assertThat(funnel.getJsonArray("byMonth")).isEmpty();
  }

  @Test
  void missingBadOrInvertedDatesAreRefusedNamingTheField() {
    assertThat(Api.get("/api/reports/funnel?to=2033-01-01").errorFields()).containsExactly("from");
    assertThat(Api.get("/api/reports/funnel?from=2033-13-01&to=2033-01-01").errorFields())
        .containsExactly("from");
    Api.Response inverted = Api.get("/api/reports/funnel?from=2033-02-01&to=2033-01-01");
    assertThat(inverted.status()).isEqualTo(400);
    assertThat(inverted.errorFields()).containsExactly("to");
  }

  private static List<String> channels(JsonObject funnel, String name) {
    return funnel.getJsonArray(name).getValuesAs(JsonObject.class).stream()
        .map(
            c ->
                (c.containsKey("name") ? c.getString("name") : "null")
                    + " "
                    + c.getInt("inquiries")
                    + " "
                    + c.getInt("booked")
                    + " "
                    + c.getJsonNumber("conversionRate")
                    + " "
                    + c.getJsonNumber("bookedRevenue"))
        .toList();
  }

  private static int inquiry(
      String created,
      String status,
      String source,
      String campaign,
      Integer hoursToContact,
      Integer daysToBooking,
      String lostReason,
      boolean archived) {
    OffsetDateTime at = OffsetDateTime.parse(created);
    int contact =
        ((Number)
                Database.single(
                    "INSERT INTO contacts (last_name, email, type) VALUES ('Funnel', ?, 'Client"
                        + " Lead') RETURNING id",
                    "funnel-" + Api.uniqueToken() + "@reports.test"))
            .intValue();
    return ((Number)
            Database.single(
                "INSERT INTO inquiries (contact_id, created_at, status, lead_source, campaign_id,"
                    + " first_contacted_at, booked_at, lost_reason, archived_at) VALUES (?, ?,"
                    + " ?::inquiries_status, ?, ?, ?, ?, ?, ?) RETURNING id",
                contact,
                at,
                status,
                source,
                campaign,
                hoursToContact == null ? null : at.plusHours(hoursToContact),
                daysToBooking == null ? null : at.plusDays(daysToBooking),
                lostReason,
                archived ? at : null))
        .intValue();
  }

  private static void build(int inquiry, String approvedPrice) {
    Database.execute(
        "INSERT INTO builds (inquiry_id, status, approved_price, live_price) VALUES (?, 'Booked',"
            + " ?::numeric, ?::numeric)",
        inquiry,
        approvedPrice,
        approvedPrice);
  }
}
