package com.projectflo.it.api;

import static com.projectflo.it.api.Api.MERGE_PATCH;
import static com.projectflo.it.api.Api.PROBLEM_JSON;
import static com.projectflo.it.api.Api.delete;
import static com.projectflo.it.api.Api.encode;
import static com.projectflo.it.api.Api.get;
import static com.projectflo.it.api.Api.post;
import static com.projectflo.it.api.Api.put;
import static com.projectflo.it.api.Api.send;
import static com.projectflo.it.api.Api.uniqueToken;
import static com.projectflo.it.api.InquiryFixtures.lead;
import static com.projectflo.it.api.InquiryFixtures.leadJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The inquiries API over HTTP: creation, edits, the status pipeline, the list and archive. */
class InquiriesApiIT {

  private static final String INQUIRIES = "/api/inquiries";

  private static JsonObject create(String json) {
    Api.Response created = post(INQUIRIES, json);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private static String path(JsonObject inquiry) {
    return INQUIRIES + "/" + inquiry.getInt("id");
  }

  private static Api.Response move(JsonObject inquiry, String status, String reason) {
    var body = Json.createObjectBuilder().add("status", status);
    if (reason != null) {
      body.add("reason", reason);
    }
    return post(path(inquiry) + "/status", body.build().toString());
  }

  private static JsonObject moved(JsonObject inquiry, String status, String reason) {
    Api.Response response = move(inquiry, status, reason);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static List<String> allowed(Api.Response problem) {
    return problem.json().getJsonArray("allowed").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static List<Integer> ids(Api.Response list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.items().stream().map(item -> item.getInt("id")).toList();
  }

  private static long count(String sql, Object... parameters) {
    return ((Number) Database.single(sql, parameters)).longValue();
  }

  @Nested
  class Create {

    @Test
    void aNewCoupleBecomesAClientLeadAndTheCreatorOwnsTheInquiry() {
      Team.Member manager = Team.withRole("Manager");
      String token = uniqueToken();
      String json =
          lead(token)
              .add("weddingDate", "2031-06-14")
              .add("venueDetails", "Old mill")
              .add("leadSource", "Instagram")
              .add("leadSourceDetails", "Story reply")
              .add("campaignId", "spring-" + token)
              .add("followUpDueDate", "2031-01-10")
              .build()
              .toString();

      Api.Response created = manager.client().post(INQUIRIES, json);

      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      JsonObject body = created.json();
      int id = body.getInt("id");
      assertThat(created.header("Location")).endsWith(INQUIRIES + "/" + id);
      assertThat(created.header("ETag")).isEqualTo("\"" + body.getJsonNumber("version") + "\"");
      assertThat(body.getString("status")).isEqualTo("New");
      assertThat(body.getString("weddingDate")).isEqualTo("2031-06-14");
      assertThat(body.getString("venueDetails")).isEqualTo("Old mill");
      assertThat(body.getString("leadSource")).isEqualTo("Instagram");
      assertThat(body.getString("leadSourceDetails")).isEqualTo("Story reply");
      assertThat(body.getString("campaignId")).isEqualTo("spring-" + token);
      assertThat(body.getString("followUpDueDate")).isEqualTo("2031-01-10");
      assertThat(body.getString("createdAt")).isNotBlank();
      assertThat(body.getString("statusChangedAt")).isNotBlank();
      assertThat(body.containsKey("firstContactedAt")).isFalse();
      JsonObject contact = body.getJsonObject("contact");
      assertThat(contact.getString("name")).isEqualTo("Ann Lee");
      assertThat(contact.getString("email")).isEqualTo("ann-" + token + "@leads.test");
      assertThat(body.getJsonObject("owner").getInt("id")).isEqualTo(manager.id());
      assertThat(body.getJsonArray("warnings")).isEmpty();

      assertThat(get("/api/contacts/" + contact.getInt("id")).json().getString("type"))
          .isEqualTo("Client Lead");
      assertThat(get(INQUIRIES + "/" + id).json().getJsonObject("contact")).isEqualTo(contact);
      List<JsonObject> history =
          get(INQUIRIES + "/" + id + "/status-changes").jsonArray().getValuesAs(JsonObject.class);
      assertThat(history).hasSize(1);
      assertThat(history.get(0).getString("toStatus")).isEqualTo("New");
      assertThat(history.get(0).containsKey("fromStatus")).isFalse();
      assertThat(history.get(0).getJsonObject("changedBy").getInt("id")).isEqualTo(manager.id());
      assertThat(
              count(
                  "SELECT COUNT(*) FROM inquiry_status_changes WHERE inquiry_id = ?"
                      + " AND from_status IS NULL AND to_status = 'New'",
                  id))
          .isEqualTo(1);
    }

    @Test
    void theSameCoupleInAnotherCaseKeepsOneContact() {
      String token = uniqueToken();
      JsonObject first = create(leadJson(token));
      String shouting =
          Json.createObjectBuilder()
              .add(
                  "contact",
                  Json.createObjectBuilder()
                      .add("firstName", "Annie")
                      .add("email", ("ann-" + token + "@leads.test").toUpperCase()))
              .build()
              .toString();

      JsonObject second = create(shouting);

      int contactId = first.getJsonObject("contact").getInt("id");
      assertThat(second.getJsonObject("contact").getInt("id")).isEqualTo(contactId);
      assertThat(second.getInt("id")).isNotEqualTo(first.getInt("id"));
      assertThat(get("/api/contacts?includeArchived=true&q=" + token).items()).hasSize(1);
      JsonObject contact = get("/api/contacts/" + contactId).json();
      assertThat(contact.getString("type")).isEqualTo("Client Lead");
      assertThat(contact.getString("firstName"))
          .as("the existing contact is kept")
          .isEqualTo("Ann");
    }

    @Test
    void anArchivedContactMatchedByEmailIsActiveAgain() {
      String email = "back-" + uniqueToken() + "@leads.test";
      int contactId =
          post("/api/contacts", "{\"email\":\"" + email + "\",\"type\":\"Client Lead\"}")
              .json()
              .getInt("id");
      assertThat(delete("/api/contacts/" + contactId).status()).isEqualTo(204);

      JsonObject created = create("{\"contact\":{\"email\":\"" + email.toUpperCase() + "\"}}");

      assertThat(created.getJsonObject("contact").getInt("id")).isEqualTo(contactId);
      assertThat(get("/api/contacts/" + contactId).json().containsKey("archivedAt")).isFalse();
    }

    @Test
    void anExistingContactIsPickedByIdAndKeepsItsType() {
      String email = "vendor-" + uniqueToken() + "@contacts.test";
      int contactId =
          post(
                  "/api/contacts",
                  "{\"lastName\":\"Baker\",\"email\":\"" + email + "\",\"type\":\"Vendor\"}")
              .json()
              .getInt("id");

      JsonObject created = create("{\"contactId\":" + contactId + "}");

      assertThat(created.getJsonObject("contact").getInt("id")).isEqualTo(contactId);
      assertThat(created.getJsonObject("contact").getString("name")).isEqualTo("Baker");
      assertThat(get("/api/contacts/" + contactId).json().getString("type")).isEqualTo("Vendor");
    }

    @Test
    void contactIdAndContactAreExclusiveAndOneIsRequired() {
      Api.Response neither = post(INQUIRIES, "{\"notes\":\"who?\"}");
      Api.Response both =
          post(
              INQUIRIES,
              lead(uniqueToken())
                  .add("contactId", InquiryFixtures.get().inquiryId())
                  .build()
                  .toString());

      assertThat(neither.status()).isEqualTo(400);
      assertThat(neither.errorFields()).containsExactly("contact");
      assertThat(both.status()).isEqualTo(400);
      assertThat(both.errorFields()).containsExactly("contactId");
    }

    @Test
    void badDatesAndFieldsAreNamedAndNothingIsWritten() {
      String token = uniqueToken();
      String json =
          Json.createObjectBuilder()
              .add(
                  "contact",
                  Json.createObjectBuilder().add("lastName", token).add("email", "not-an-address"))
              .add("weddingDate", "2031-02-30")
              .add("followUpDueDate", "next week")
              .add("leadSource", "x".repeat(256))
              .build()
              .toString();

      Api.Response refused = post(INQUIRIES, json);

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
      assertThat(refused.errorFields())
          .containsExactly("contact.email", "followUpDueDate", "leadSource", "weddingDate");
      assertThat(get("/api/contacts?includeArchived=true&q=" + token).items()).isEmpty();
    }

    @Test
    void anUnknownContactOrOwnerIsA400NamingIt() {
      Api.Response unknownContact = post(INQUIRIES, "{\"contactId\": 2147483000}");
      Api.Response unknownOwner =
          post(
              INQUIRIES,
              lead(uniqueToken()).add("ownerContributorId", 2147483000).build().toString());
      Api.Response unknownMember =
          post(INQUIRIES, lead(uniqueToken()).add("stage", "hot").build().toString());

      assertThat(unknownContact.status()).isEqualTo(400);
      assertThat(unknownContact.errorFields()).containsExactly("contactId");
      assertThat(unknownOwner.status()).isEqualTo(400);
      assertThat(unknownOwner.errorFields()).containsExactly("ownerContributorId");
      assertThat(unknownMember.status()).isEqualTo(400);
      assertThat(unknownMember.errorFields()).containsExactly("stage");
    }

    @Test
    void theOwnerCanBeAnotherContributor() {
      Team.Member editor = Team.withRole("Editor");

      JsonObject created =
          create(lead(uniqueToken()).add("ownerContributorId", editor.id()).build().toString());

      assertThat(created.getJsonObject("owner").getInt("id")).isEqualTo(editor.id());
      assertThat(created.getJsonObject("owner").getString("email")).isEqualTo(editor.email());
    }
  }

  @Nested
  class WeddingDateClash {

    @Test
    void creatingOrMovingToABookedDateWarnsWithTheProjectsOnIt() {
      LocalDate busy = InquiryFixtures.uniqueDate();
      String clientName = "Clash" + uniqueToken();
      int clientId = Database.createClient(clientName);
      int projectId = InquiryFixtures.createProjectOn(clientId, "Clash wedding", busy);
      int archivedProject = InquiryFixtures.createProjectOn(clientId, "Cancelled", busy);
      Database.execute("UPDATE projects SET archived_at = now() WHERE id = ?", archivedProject);

      JsonObject created =
          create(lead(uniqueToken()).add("weddingDate", busy.toString()).build().toString());

      List<JsonObject> warnings = created.getJsonArray("warnings").getValuesAs(JsonObject.class);
      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0).getInt("projectId")).isEqualTo(projectId);
      assertThat(warnings.get(0).getString("projectName")).isEqualTo("Clash wedding");
      assertThat(warnings.get(0).getString("weddingDate")).isEqualTo(busy.toString());
      assertThat(warnings.get(0).getInt("clientId")).isEqualTo(clientId);
      assertThat(warnings.get(0).getString("clientName")).isEqualTo(clientName + " Couple");
      assertThat(get(path(created)).json().containsKey("warnings"))
          .as("a plain read does not check")
          .isFalse();

      JsonObject free =
          create(
              lead(uniqueToken())
                  .add("weddingDate", InquiryFixtures.uniqueDate().toString())
                  .build()
                  .toString());
      assertThat(free.getJsonArray("warnings")).isEmpty();

      Api.Response movedToBusy =
          send("PATCH", path(free), MERGE_PATCH, "{\"weddingDate\":\"" + busy + "\"}");
      assertThat(movedToBusy.status()).as(movedToBusy.toString()).isEqualTo(200);
      assertThat(movedToBusy.json().getJsonArray("warnings").getValuesAs(JsonObject.class))
          .extracting(w -> w.getInt("projectId"))
          .containsExactly(projectId);

      Api.Response notesOnly = send("PATCH", path(free), MERGE_PATCH, "{\"notes\":\"Call back\"}");
      assertThat(notesOnly.status()).isEqualTo(200);
      assertThat(notesOnly.json().containsKey("warnings"))
          .as("the wedding date did not change")
          .isFalse();
    }
  }

  @Nested
  class Update {

    @Test
    void putReplacesTheEditableFieldsAndBumpsTheVersion() {
      JsonObject inquiry =
          create(
              lead(uniqueToken())
                  .add("leadSource", "Referral")
                  .add("weddingDate", "2031-07-01")
                  .build()
                  .toString());

      Api.Response replaced =
          put(path(inquiry), "{\"weddingDate\":\"2031-07-08\",\"notes\":\"Moved a week\"}");

      assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
      JsonObject body = replaced.json();
      assertThat(body.getString("weddingDate")).isEqualTo("2031-07-08");
      assertThat(body.getString("notes")).isEqualTo("Moved a week");
      assertThat(body.containsKey("leadSource")).isFalse();
      assertThat(body.containsKey("owner")).as("PUT replaces the owner too").isFalse();
      assertThat(body.getString("status")).isEqualTo("New");
      assertThat(body.getJsonObject("contact")).isEqualTo(inquiry.getJsonObject("contact"));
      assertThat(body.getJsonNumber("version").longValue())
          .isEqualTo(inquiry.getJsonNumber("version").longValue() + 1);
      assertThat(replaced.header("ETag")).isEqualTo("\"" + body.getJsonNumber("version") + "\"");
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
      JsonObject inquiry = create(leadJson(uniqueToken()));
      String etag = get(path(inquiry)).header("ETag");
      assertThat(put(path(inquiry), "{\"notes\":\"first\"}", "If-Match", etag).status())
          .isEqualTo(200);

      Api.Response stalePut = put(path(inquiry), "{\"notes\":\"second\"}", "If-Match", etag);
      Api.Response staleMove =
          post(path(inquiry) + "/status", "{\"status\":\"Contacted\"}", "If-Match", etag);
      Api.Response staleArchive = delete(path(inquiry), "If-Match", etag);

      assertThat(stalePut.status()).isEqualTo(412);
      assertThat(stalePut.contentType()).startsWith(PROBLEM_JSON);
      assertThat(staleMove.status()).isEqualTo(412);
      assertThat(staleArchive.status()).isEqualTo(412);
      JsonObject current = get(path(inquiry)).json();
      assertThat(current.getString("notes")).isEqualTo("first");
      assertThat(current.getString("status")).isEqualTo("New");
      assertThat(current.containsKey("archivedAt")).isFalse();
    }

    @Test
    void mergePatchChangesOnlyTheGivenMembersAndRefusesBadOnes() {
      JsonObject inquiry =
          create(
              lead(uniqueToken())
                  .add("leadSource", "Fair")
                  .add("campaignId", "fair-2031")
                  .build()
                  .toString());

      Api.Response patched =
          send("PATCH", path(inquiry), MERGE_PATCH, "{\"leadSource\":null,\"notes\":\"Met\"}");
      Api.Response badDate =
          send("PATCH", path(inquiry), MERGE_PATCH, "{\"followUpDueDate\":\"tomorrow\"}");
      Api.Response contactChange = send("PATCH", path(inquiry), MERGE_PATCH, "{\"contactId\":1}");

      assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
      assertThat(patched.json().containsKey("leadSource")).isFalse();
      assertThat(patched.json().getString("notes")).isEqualTo("Met");
      assertThat(patched.json().getString("campaignId")).isEqualTo("fair-2031");
      assertThat(badDate.status()).isEqualTo(400);
      assertThat(badDate.errorFields()).containsExactly("followUpDueDate");
      assertThat(contactChange.status()).isEqualTo(400);
      assertThat(contactChange.errorFields()).containsExactly("contactId");
      assertThat(get(path(inquiry)).json().getString("notes")).isEqualTo("Met");
    }

    @Test
    void unknownOrMalformedIdsAre404() {
      for (String id : List.of("2147483000", "abc")) {
        assertThat(get(INQUIRIES + "/" + id).status()).as(id).isEqualTo(404);
      }
      assertThat(put(INQUIRIES + "/2147483000", "{}").status()).isEqualTo(404);
      assertThat(post(INQUIRIES + "/2147483000/status", "{\"status\":\"Contacted\"}").status())
          .isEqualTo(404);
      assertThat(get(INQUIRIES + "/2147483000/status-changes").status()).isEqualTo(404);
      assertThat(delete(INQUIRIES + "/2147483000").status()).isEqualTo(404);
    }
  }

  @Nested
  class StatusPipeline {

    @Test
    void legalMovesSetTheMilestonesAndWriteTheHistory() {
      JsonObject inquiry = create(leadJson(uniqueToken()));

      JsonObject contacted = moved(inquiry, "Contacted", "Called them");
      assertThat(contacted.getString("status")).isEqualTo("Contacted");
      assertThat(contacted.getString("firstContactedAt")).isNotBlank();
      assertThat(OffsetDateTime.parse(contacted.getString("statusChangedAt")))
          .isAfterOrEqualTo(OffsetDateTime.parse(inquiry.getString("statusChangedAt")));

      JsonObject proposed = moved(inquiry, "Proposal Sent", null);
      assertThat(proposed.getString("firstContactedAt"))
          .as("set once, on the first contact")
          .isEqualTo(contacted.getString("firstContactedAt"));

      JsonObject lost = moved(inquiry, "Closed-Lost", "Booked another studio");
      assertThat(lost.getString("status")).isEqualTo("Closed-Lost");
      assertThat(lost.getString("lostReason")).isEqualTo("Booked another studio");
      assertThat(lost.containsKey("bookedAt")).isFalse();

      List<JsonObject> history =
          get(path(inquiry) + "/status-changes").jsonArray().getValuesAs(JsonObject.class);
      assertThat(history)
          .extracting(h -> h.getString("fromStatus", null) + " -> " + h.getString("toStatus"))
          .containsExactly(
              "null -> New",
              "New -> Contacted",
              "Contacted -> Proposal Sent",
              "Proposal Sent -> Closed-Lost");
      assertThat(history.get(1).getString("reason")).isEqualTo("Called them");
      assertThat(history.get(3).getString("reason")).isEqualTo("Booked another studio");
      assertThat(
              Database.single(
                  "SELECT lost_reason FROM inquiries WHERE id = ?", inquiry.getInt("id")))
          .isEqualTo("Booked another studio");
    }

    @Test
    void aForwardSkipIsLegalAndCountsAsTheFirstContact() {
      JsonObject inquiry = create(leadJson(uniqueToken()));

      JsonObject proposed = moved(inquiry, "Proposal Sent", null);

      assertThat(proposed.getString("status")).isEqualTo("Proposal Sent");
      assertThat(proposed.getString("firstContactedAt")).isNotBlank();
    }

    @Test
    void losingANewLeadIsNoContact() {
      JsonObject inquiry = create(leadJson(uniqueToken()));

      JsonObject lost = moved(inquiry, "Closed-Lost", "Never answered");

      assertThat(lost.containsKey("firstContactedAt")).isFalse();
    }

    @Test
    void aBackwardMoveIs409NamingTheAllowedTargets() {
      JsonObject inquiry = create(leadJson(uniqueToken()));
      moved(inquiry, "Proposal Sent", null);

      Api.Response refused = move(inquiry, "Contacted", null);

      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
      assertThat(allowed(refused)).containsExactly("Closed-Lost");
      assertThat(refused.json().getString("detail")).contains("Closed-Lost");
      assertThat(refused.errorFields()).containsExactly("status");
      assertThat(refused.json().getString("instance")).isEqualTo(path(inquiry) + "/status");
      assertThat(get(path(inquiry)).json().getString("status")).isEqualTo("Proposal Sent");
    }

    @Test
    void bookedIsRefusedThroughTheApi() {
      JsonObject inquiry = create(leadJson(uniqueToken()));

      Api.Response refused = move(inquiry, "Booked", null);

      assertThat(refused.status()).isEqualTo(409);
      assertThat(allowed(refused)).containsExactly("Contacted", "Proposal Sent", "Closed-Lost");
      assertThat(refused.json().getString("detail")).contains("booking flow");
      assertThat(get(path(inquiry)).json().getString("status")).isEqualTo("New");
    }

    @Test
    void finalStatusesAndStayingPutAreRefused() {
      JsonObject inquiry = create(leadJson(uniqueToken()));
      Api.Response stay = move(inquiry, "New", null);
      moved(inquiry, "Closed-Lost", "Eloped");

      Api.Response reopen = move(inquiry, "Contacted", null);

      assertThat(stay.status()).isEqualTo(409);
      assertThat(allowed(stay)).containsExactly("Contacted", "Proposal Sent", "Closed-Lost");
      assertThat(reopen.status()).isEqualTo(409);
      assertThat(allowed(reopen)).isEmpty();
      assertThat(reopen.json().getString("detail")).contains("final");
    }

    @Test
    void closedLostNeedsAReasonAndStatusesMustBeKnown() {
      JsonObject inquiry = create(leadJson(uniqueToken()));

      Api.Response noReason = move(inquiry, "Closed-Lost", "  ");
      Api.Response unknown = move(inquiry, "Won", null);
      Api.Response missing = post(path(inquiry) + "/status", "{\"reason\":\"why\"}");

      assertThat(noReason.status()).isEqualTo(400);
      assertThat(noReason.errorFields()).containsExactly("reason");
      assertThat(unknown.status()).isEqualTo(400);
      assertThat(unknown.errorFields()).containsExactly("status");
      assertThat(unknown.body()).contains("New, Contacted, Proposal Sent, Booked, Closed-Lost");
      assertThat(missing.status()).isEqualTo(400);
      assertThat(missing.errorFields()).containsExactly("status");
      assertThat(get(path(inquiry) + "/status-changes").jsonArray()).hasSize(1);
    }
  }

  @Nested
  class List_ {

    @Test
    void filtersByStatusDatesSourceCampaignOverdueAndText() {
      String token = uniqueToken();
      int a =
          create(
                  lead(token)
                      .add("weddingDate", "2031-05-01")
                      .add("leadSource", "Instagram")
                      .add("campaignId", token + "-spring")
                      .add("followUpDueDate", "2020-01-01")
                      .build()
                      .toString())
              .getInt("id");
      int b =
          create(
                  lead(token)
                      .add("weddingDate", "2031-08-01")
                      .add("leadSource", "Referral")
                      .add("campaignId", token + "-summer")
                      .add("followUpDueDate", "2099-01-01")
                      .build()
                      .toString())
              .getInt("id");
      JsonObject cInquiry =
          create(
              lead(token)
                  .add("weddingDate", "2032-01-01")
                  .add("leadSource", "instagram")
                  .add("campaignId", token + "-spring")
                  .add("followUpDueDate", "2020-01-01")
                  .build()
                  .toString());
      int c = cInquiry.getInt("id");
      moved(cInquiry, "Closed-Lost", "Too far");
      String q = "&q=" + token;

      assertThat(ids(get(INQUIRIES + "?limit=200" + q))).containsExactly(c, b, a);
      assertThat(ids(get(INQUIRIES + "?status=Closed-Lost" + q))).containsExactly(c);
      assertThat(ids(get(INQUIRIES + "?status=New" + q))).containsExactly(b, a);
      assertThat(ids(get(INQUIRIES + "?weddingDateFrom=2031-06-01&weddingDateTo=2031-12-31" + q)))
          .containsExactly(b);
      assertThat(ids(get(INQUIRIES + "?weddingDateFrom=2031-08-01" + q))).containsExactly(c, b);
      assertThat(ids(get(INQUIRIES + "?weddingDateTo=2031-08-01" + q))).containsExactly(b, a);
      assertThat(ids(get(INQUIRIES + "?leadSource=INSTAGRAM" + q))).containsExactly(c, a);
      assertThat(ids(get(INQUIRIES + "?campaignId=" + token + "-summer"))).containsExactly(b);
      assertThat(ids(get(INQUIRIES + "?overdueFollowUp=true" + q)))
          .as("C is due too, but closed")
          .containsExactly(a);
      assertThat(ids(get(INQUIRIES + "?overdueFollowUp=false" + q))).containsExactly(c, b, a);
    }

    @Test
    void freeTextFindsTheContactsNameAndEmailToo() {
      String token = uniqueToken();
      String json =
          Json.createObjectBuilder()
              .add(
                  "contact",
                  Json.createObjectBuilder()
                      .add("firstName", "Lou")
                      .add("lastName", "Zed" + token)
                      .add("email", "lou-" + token + "@leads.test"))
              .build()
              .toString();
      int id = create(json).getInt("id");

      assertThat(ids(get(INQUIRIES + "?q=zed" + token.toUpperCase()))).containsExactly(id);
      assertThat(ids(get(INQUIRIES + "?q=" + encode("lou-" + token + "@")))).containsExactly(id);
      assertThat(ids(get(INQUIRIES + "?q=" + encode(token + "%")))).isEmpty();
    }

    @Test
    void pagesNewestFirstWithAnOpaqueCursor() {
      String token = uniqueToken();
      List<Integer> created = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        created.add(create(leadJson(token)).getInt("id"));
      }

      List<Integer> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        Api.Response page =
            get(INQUIRIES + "?limit=2&q=" + token + (cursor == null ? "" : "&cursor=" + cursor));
        seen.addAll(ids(page));
        JsonObject body = page.json();
        cursor = body.containsKey("nextCursor") ? body.getString("nextCursor") : null;
        pages++;
      } while (cursor != null);

      assertThat(pages).isEqualTo(3);
      Collections.reverse(created);
      assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void badParametersAre400ProblemsNamingThem() {
      Api.Response bad =
          get(
              INQUIRIES
                  + "?limit=abc&includeArchived=maybe&status=Won&weddingDateFrom=2031-13-01"
                  + "&overdueFollowUp=perhaps");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.errorFields())
          .containsExactly(
              "includeArchived", "limit", "overdueFollowUp", "status", "weddingDateFrom");

      for (String limit : List.of("0", "201")) {
        Api.Response outOfRange = get(INQUIRIES + "?limit=" + limit);
        assertThat(outOfRange.status()).as(limit).isEqualTo(400);
        assertThat(outOfRange.errorFields()).containsExactly("limit");
      }
      Api.Response backwards =
          get(INQUIRIES + "?weddingDateFrom=2031-06-01&weddingDateTo=2031-05-01");
      assertThat(backwards.status()).isEqualTo(400);
      assertThat(backwards.errorFields()).containsExactly("weddingDateTo");
      Api.Response badCursor = get(INQUIRIES + "?cursor=not-a-cursor");
      assertThat(badCursor.status()).isEqualTo(400);
      assertThat(badCursor.errorFields()).containsExactly("cursor");
    }
  }

  @Nested
  class ArchiveAndRestore {

    @Test
    void deleteArchivesIdempotentlyAndRestoreBringsBack() {
      String token = uniqueToken();
      JsonObject inquiry = create(leadJson(token));

      assertThat(delete(path(inquiry)).status()).isEqualTo(204);
      assertThat(delete(path(inquiry)).status()).as("archiving twice").isEqualTo(204);

      assertThat(get(path(inquiry)).json().getString("archivedAt")).isNotBlank();
      assertThat(ids(get(INQUIRIES + "?q=" + token))).isEmpty();
      assertThat(ids(get(INQUIRIES + "?includeArchived=true&q=" + token)))
          .containsExactly(inquiry.getInt("id"));

      Api.Response restored = send("POST", path(inquiry) + "/restore", null, null);
      assertThat(restored.status()).isEqualTo(200);
      assertThat(restored.json().containsKey("archivedAt")).isFalse();
      Api.Response again = send("POST", path(inquiry) + "/restore", null, null);
      assertThat(again.status()).as("restoring twice").isEqualTo(200);
      assertThat(ids(get(INQUIRIES + "?q=" + token))).containsExactly(inquiry.getInt("id"));
    }
  }
}
