package com.projectflo.it.api;

import static com.projectflo.it.api.Api.get;
import static com.projectflo.it.api.Api.post;
import static com.projectflo.it.api.Api.uniqueToken;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The timeline over HTTP: one contact with an inquiry and a client's project, events of every kind
 * at fixed times, read whole and page by page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineApiIT {

  private static final String TIMELINE = "/api/timeline";

  private int contactId;
  private int inquiryId;
  private int projectId;
  private List<String> contactTimeline;
  private List<String> inquiryTimeline;
  private List<String> projectTimeline;

  private static Timestamp at(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }

  @BeforeAll
  void events() {
    String token = uniqueToken();
    int clientId = Database.createClient("Timeline" + token);
    contactId =
        ((Number) Database.single("SELECT contact_id FROM clients WHERE id = ?", clientId))
            .intValue();
    projectId = Database.createProject(clientId, "Timeline wedding " + token);
    inquiryId =
        InquiryFixtures.createInquiry(
            Json.createObjectBuilder().add("contactId", contactId).build().toString());
    Database.execute(
        "UPDATE inquiry_status_changes SET changed_at = ? WHERE inquiry_id = ?",
        at("2024-03-05T12:00:00Z"),
        inquiryId);
    long statusChange =
        ((Number)
                Database.single(
                    "SELECT id FROM inquiry_status_changes WHERE inquiry_id = ?", inquiryId))
            .longValue();

    int c1 =
        communication(
            "{\"contactId\":"
                + contactId
                + ",\"type\":\"Call\",\"communicationDate\":\"2024-03-01T12:00:00Z\"}");
    int c2 =
        communication(
            "{\"contactId\":"
                + contactId
                + ",\"projectId\":"
                + projectId
                + ",\"type\":\"Email\",\"notes\":\"Contract\","
                + "\"communicationDate\":\"2024-03-02T12:00:00Z\"}");
    // Another contact's communication stays out.
    communication(
        "{\"contactId\":"
            + Fixtures.get().contactId()
            + ",\"type\":\"Call\",\"communicationDate\":\"2024-03-04T12:00:00Z\"}");
    int a1 =
        ActivityOperations.createActivity(
            "{\"type\":\"Call\",\"inquiryId\":" + inquiryId + ",\"title\":\"Follow up\"}");
    post("/api/activities/" + a1 + "/complete", null);
    Database.execute(
        "UPDATE activities SET created_at = ?, completed_at = ? WHERE id = ?",
        at("2024-03-03T12:00:00Z"),
        at("2024-03-03T18:00:00Z"),
        a1);
    int a2 =
        ActivityOperations.createActivity(
            "{\"type\":\"To-Do\",\"contactId\":" + contactId + ",\"title\":\"Send album\"}");
    Database.execute(
        "UPDATE activities SET created_at = ? WHERE id = ?", at("2024-03-04T12:00:00Z"), a2);
    int d1 = document("project_id", projectId, "contract.pdf");
    int d2 = document("inquiry_id", inquiryId, "moodboard.pdf");

    // Newest first; equal times by kind, then id, descending.
    contactTimeline =
        List.of(
            "inquiry_status_changed:" + statusChange,
            "document_uploaded:" + d2,
            "document_uploaded:" + d1,
            "activity_created:" + a2,
            "activity_completed:" + a1,
            "activity_created:" + a1,
            "communication:" + c2,
            "communication:" + c1);
    inquiryTimeline =
        List.of(
            "inquiry_status_changed:" + statusChange,
            "document_uploaded:" + d2,
            "activity_completed:" + a1,
            "activity_created:" + a1);
    projectTimeline = List.of("document_uploaded:" + d1, "communication:" + c2);
  }

  private static int communication(String json) {
    Api.Response created = post("/api/communications", json);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getInt("id");
  }

  private static int document(String owner, int ownerId, String name) {
    return ((Number)
            Database.single(
                "INSERT INTO documents ("
                    + owner
                    + ", file_name, file_path, upload_date) VALUES (?, ?, ?, ?) RETURNING id",
                ownerId,
                name,
                "stored/" + uniqueToken(),
                at("2024-03-04T12:00:00Z")))
        .intValue();
  }

  private static List<String> keys(List<JsonObject> items) {
    return items.stream().map(item -> item.getString("kind") + ":" + item.getInt("id")).toList();
  }

  /** Every page of a timeline with the given page size, concatenated. */
  private static List<String> paged(String query, int limit) {
    List<String> all = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Api.Response page =
          get(
              TIMELINE
                  + "?"
                  + query
                  + "&limit="
                  + limit
                  + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
      all.addAll(keys(page.items()));
      JsonObject json = page.json();
      cursor = json.containsKey("nextCursor") ? json.getString("nextCursor") : null;
      pages++;
    } while (cursor != null && pages < 50);
    return all;
  }

  @Test
  void aContactsTimelineMergesEveryKindNewestFirst() {
    Api.Response whole = get(TIMELINE + "?contactId=" + contactId);
    assertThat(whole.status()).as(whole.toString()).isEqualTo(200);
    assertThat(keys(whole.items())).containsExactlyElementsOf(contactTimeline);
    JsonObject first = whole.items().get(0);
    assertThat(java.time.OffsetDateTime.parse(first.getString("at")).toInstant())
        .isEqualTo(Instant.parse("2024-03-05T12:00:00Z"));
    assertThat(first.getInt("inquiryId")).isEqualTo(inquiryId);
    assertThat(first.getString("summary")).contains("New");
    JsonObject contract = whole.items().get(6);
    assertThat(contract.getInt("projectId")).isEqualTo(projectId);
    assertThat(contract.getString("summary")).isEqualTo("Email: Contract");
  }

  @Test
  void pagesHaveNeitherDuplicatesNorGaps() {
    assertThat(paged("contactId=" + contactId, 3)).containsExactlyElementsOf(contactTimeline);
    assertThat(paged("contactId=" + contactId, 1)).containsExactlyElementsOf(contactTimeline);
    assertThat(paged("inquiryId=" + inquiryId, 3)).containsExactlyElementsOf(inquiryTimeline);
    assertThat(paged("projectId=" + projectId, 1)).containsExactlyElementsOf(projectTimeline);
  }

  @Test
  void exactlyOneSubjectIsRequired() {
    Api.Response none = get(TIMELINE);
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.errorFields()).containsExactly("contactId", "inquiryId", "projectId");
    Api.Response two = get(TIMELINE + "?contactId=" + contactId + "&projectId=" + projectId);
    assertThat(two.status()).isEqualTo(400);
    assertThat(two.errorFields()).containsExactly("contactId", "inquiryId", "projectId");
    assertThat(get(TIMELINE + "?contactId=abc").errorFields()).containsExactly("contactId");
    assertThat(get(TIMELINE + "?contactId=" + contactId + "&cursor=zzz").errorFields())
        .containsExactly("cursor");
  }

  @Test
  void unknownSubjectsAreNotFoundAndAccessFollowsTheSubject() {
    assertThat(get(TIMELINE + "?contactId=999999999").status()).isEqualTo(404);
    assertThat(get(TIMELINE + "?inquiryId=999999999").status()).isEqualTo(404);
    assertThat(get(TIMELINE + "?projectId=999999999").status()).isEqualTo(404);
    assertThat(Team.withRole("Editor").client().get(TIMELINE + "?contactId=" + contactId).status())
        .isEqualTo(200);
    assertThat(Team.withRole("Editor").client().get(TIMELINE + "?inquiryId=" + inquiryId).status())
        .isEqualTo(403);
    assertThat(Team.withRole("Editor").client().get(TIMELINE + "?projectId=" + projectId).status())
        .isEqualTo(404);
    assertThat(
            Team.withRole("Freelancer").client().get(TIMELINE + "?contactId=" + contactId).status())
        .isEqualTo(403);
  }
}
