package com.projectflo.it.api;

import static com.projectflo.it.api.Api.get;
import static com.projectflo.it.api.Api.post;
import static com.projectflo.it.api.Api.uniqueToken;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The communications log over HTTP. */
class CommunicationsApiIT {

  private static final String COMMUNICATIONS = "/api/communications";

  private static int newContact() {
    return post("/api/contacts", Operations.contactJson()).json().getInt("id");
  }

  private static JsonObjectBuilder entry(int contactId, String notes) {
    return Json.createObjectBuilder()
        .add("contactId", contactId)
        .add("type", "Email")
        .add("notes", notes);
  }

  private static JsonObject log(JsonObjectBuilder body) {
    Api.Response created = post(COMMUNICATIONS, body.build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private static List<Integer> ids(List<JsonObject> items) {
    return items.stream().map(item -> item.getInt("id")).toList();
  }

  @Test
  void aManagerLogsACommunicationAndReadersReadIt() {
    Team.Member manager = Team.withRole("Manager");
    String token = uniqueToken();
    int contactId = newContact();
    int inquiryId = InquiryFixtures.createInquiry(InquiryFixtures.leadJson(token));
    int projectId = Fixtures.get().projectA();
    OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5);
    Api.Response created =
        manager
            .client()
            .post(
                COMMUNICATIONS,
                entry(contactId, "Sent the brochure " + token)
                    .add("inquiryId", inquiryId)
                    .add("projectId", projectId)
                    .build()
                    .toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject body = created.json();
    assertThat(created.header("Location")).endsWith(COMMUNICATIONS + "/" + body.getInt("id"));
    assertThat(body.getInt("contactId")).isEqualTo(contactId);
    assertThat(body.getInt("inquiryId")).isEqualTo(inquiryId);
    assertThat(body.getInt("projectId")).isEqualTo(projectId);
    assertThat(body.getString("type")).isEqualTo("Email");
    assertThat(body.getString("notes")).isEqualTo("Sent the brochure " + token);
    assertThat(body.getJsonObject("loggedBy").getInt("id")).isEqualTo(manager.id());
    OffsetDateTime at = OffsetDateTime.parse(body.getString("communicationDate"));
    assertThat(at).isAfter(before).isBefore(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(5));
    assertThat(
            ((Number)
                    Database.single(
                        "SELECT logged_by_contributor_id FROM communications_log WHERE id = ?",
                        body.getInt("id")))
                .intValue())
        .isEqualTo(manager.id());

    Api.Response read = get(COMMUNICATIONS + "/" + body.getInt("id"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(body);
    int withoutProject = log(entry(contactId, "No project " + token)).getInt("id");
    assertThat(Team.withRole("Editor").client().get(COMMUNICATIONS + "/" + withoutProject).status())
        .isEqualTo(200);
    assertThat(
            Team.withRole("Freelancer")
                .client()
                .get(COMMUNICATIONS + "/" + body.getInt("id"))
                .status())
        .isEqualTo(403);
    assertThat(
            Team.withRole("Editor")
                .client()
                .post(COMMUNICATIONS, entry(contactId, "No").build().toString())
                .status())
        .isEqualTo(403);
    assertThat(get(COMMUNICATIONS + "/999999999").status()).isEqualTo(404);
  }

  @Test
  void entriesAboutAProjectStayWithThoseWhoMaySeeTheProject() {
    Api.Client editor = Team.withRole("Editor").client(); // reads contacts, not assigned to A
    int contactId = newContact();
    int aboutProject =
        log(entry(contactId, "Shot list").add("projectId", Fixtures.get().projectA())).getInt("id");
    int general = log(entry(contactId, "Hello")).getInt("id");

    assertThat(editor.get(COMMUNICATIONS + "/" + aboutProject).status()).isEqualTo(404);
    assertThat(ids(editor.get(COMMUNICATIONS + "?contactId=" + contactId).items()))
        .containsExactly(general);
    assertThat(editor.get(COMMUNICATIONS + "?projectId=" + Fixtures.get().projectA()).status())
        .isEqualTo(404);
    assertThat(ids(get(COMMUNICATIONS + "?contactId=" + contactId).items()))
        .containsExactly(general, aboutProject);
  }

  @Test
  void badInputNamesTheFieldAndWritesNothing() {
    String token = uniqueToken();
    int contactId = newContact();
    Api.Response missing = post(COMMUNICATIONS, "{\"type\":\"Call\",\"notes\":\"" + token + "\"}");
    assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    assertThat(missing.errorFields()).containsExactly("contactId");

    Api.Response unknown =
        post(
            COMMUNICATIONS,
            entry(999_999_999, token)
                .add("inquiryId", 999_999_999)
                .add("projectId", 999_999_999)
                .build()
                .toString());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.errorFields()).containsExactly("contactId", "inquiryId", "projectId");

    String future = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10).toString();
    Api.Response tooLate =
        post(
            COMMUNICATIONS,
            entry(contactId, token).add("communicationDate", future).build().toString());
    assertThat(tooLate.status()).isEqualTo(400);
    assertThat(tooLate.errorFields()).containsExactly("communicationDate");

    Api.Response badDate =
        post(
            COMMUNICATIONS,
            entry(contactId, token).add("communicationDate", "yesterday").build().toString());
    assertThat(badDate.errorFields()).containsExactly("communicationDate");

    Api.Response badType =
        post(
            COMMUNICATIONS,
            Json.createObjectBuilder()
                .add("contactId", contactId)
                .add("type", "x".repeat(256))
                .add("notes", token)
                .build()
                .toString());
    assertThat(badType.errorFields()).containsExactly("type");
    assertThat(get(COMMUNICATIONS + "?contactId=x").errorFields()).containsExactly("contactId");
    assertThat(get(COMMUNICATIONS + "?cursor=bad").errorFields()).containsExactly("cursor");
    assertThat(
            ((Number)
                    Database.single(
                        "SELECT COUNT(*) FROM communications_log WHERE notes = ?", token))
                .longValue())
        .isZero();

    // A couple of minutes ahead is clock skew, not an error.
    String soon = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(2).toString();
    log(entry(contactId, token).add("communicationDate", soon));
  }

  @Test
  void theListIsNewestFirstAndPagesWithoutGaps() {
    int contactId = newContact();
    String token = uniqueToken();
    int inquiryId = InquiryFixtures.createInquiry(InquiryFixtures.leadJson(token));
    OffsetDateTime base = OffsetDateTime.parse("2024-05-01T10:00:00Z");
    List<Integer> created = new ArrayList<>();
    int[] hours = {0, 3, 1, 3, 2};
    for (int hour : hours) {
      created.add(
          log(entry(contactId, token)
                  .add("communicationDate", base.plus(Duration.ofHours(hour)).toString()))
              .getInt("id"));
    }
    int aboutInquiry =
        log(entry(contactId, token)
                .add("inquiryId", inquiryId)
                .add("communicationDate", base.minusDays(1).toString()))
            .getInt("id");
    // 3h (higher id first), 3h, 2h, 1h, 0h, then the day before.
    List<Integer> expected =
        List.of(
            created.get(3),
            created.get(1),
            created.get(4),
            created.get(2),
            created.get(0),
            aboutInquiry);

    List<Integer> paged = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Api.Response page =
          get(
              COMMUNICATIONS
                  + "?contactId="
                  + contactId
                  + "&limit=4"
                  + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      paged.addAll(ids(page.items()));
      JsonObject json = page.json();
      cursor = json.containsKey("nextCursor") ? json.getString("nextCursor") : null;
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(pages).isEqualTo(2);
    assertThat(paged).containsExactlyElementsOf(expected);
    assertThat(ids(get(COMMUNICATIONS + "?inquiryId=" + inquiryId).items()))
        .containsExactly(aboutInquiry);
    assertThat(
            ids(
                get(COMMUNICATIONS + "?contactId=" + contactId + "&inquiryId=" + inquiryId)
                    .items()))
        .containsExactly(aboutInquiry);
  }
}
