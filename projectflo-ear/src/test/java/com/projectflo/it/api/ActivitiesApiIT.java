package com.projectflo.it.api;

import static com.projectflo.it.api.Api.delete;
import static com.projectflo.it.api.Api.get;
import static com.projectflo.it.api.Api.post;
import static com.projectflo.it.api.Api.put;
import static com.projectflo.it.api.Api.uniqueToken;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The activities API and the agenda over HTTP. */
class ActivitiesApiIT {

  private static final String ACTIVITIES = "/api/activities";

  private static int contactId() {
    return Fixtures.get().contactId();
  }

  private static JsonObjectBuilder activity(String title) {
    return Json.createObjectBuilder()
        .add("type", "Call")
        .add("contactId", contactId())
        .add("title", title);
  }

  private static JsonObject create(JsonObjectBuilder body) {
    Api.Response created = post(ACTIVITIES, body.build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private static String path(JsonObject activity) {
    return ACTIVITIES + "/" + activity.getInt("id");
  }

  private static List<Integer> ids(List<JsonObject> items) {
    return items.stream().map(item -> item.getInt("id")).toList();
  }

  private static long count(String sql, Object... parameters) {
    return ((Number) Database.single(sql, parameters)).longValue();
  }

  @Test
  void createGetUpdateCompleteReopenAndDelete() {
    Team.Member manager = Team.withRole("Manager");
    String token = uniqueToken();
    int inquiryId = InquiryFixtures.createInquiry(InquiryFixtures.leadJson(token));
    Api.Response created =
        manager
            .client()
            .post(
                ACTIVITIES,
                activity("Call " + token)
                    .add("inquiryId", inquiryId)
                    .add("notes", "  Ask about the venue  ")
                    .add("dueDate", "2031-05-02")
                    .build()
                    .toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject body = created.json();
    assertThat(created.header("Location")).endsWith(path(body));
    assertThat(created.header("ETag")).isEqualTo("\"" + body.getJsonNumber("version") + "\"");
    assertThat(body.getString("type")).isEqualTo("Call");
    assertThat(body.getString("status")).isEqualTo("Pending");
    assertThat(body.getString("title")).isEqualTo("Call " + token);
    assertThat(body.getString("notes")).isEqualTo("Ask about the venue");
    assertThat(body.getString("dueDate")).isEqualTo("2031-05-02");
    assertThat(body.getInt("contactId")).isEqualTo(contactId());
    assertThat(body.getInt("inquiryId")).isEqualTo(inquiryId);
    assertThat(body.containsKey("projectId")).isFalse();
    assertThat(body.getJsonObject("assignee").getInt("id")).isEqualTo(manager.id());
    assertThat(body.getString("createdAt")).isNotBlank();
    assertThat(body.containsKey("completedAt")).isFalse();
    assertThat(get(path(body)).json()).isEqualTo(body);

    Team.Member editor = Team.withRole("Editor");
    Api.Response updated =
        put(
            path(body),
            Json.createObjectBuilder()
                .add("type", "Meeting")
                .add("projectId", Fixtures.get().projectA())
                .add("assignedContributorId", editor.id())
                .add("title", "Meet " + token)
                .build()
                .toString(),
            "If-Match",
            created.header("ETag"));
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    JsonObject changed = updated.json();
    assertThat(changed.getString("type")).isEqualTo("Meeting");
    assertThat(changed.containsKey("contactId")).isFalse();
    assertThat(changed.containsKey("inquiryId")).isFalse();
    assertThat(changed.containsKey("notes")).isFalse();
    assertThat(changed.containsKey("dueDate")).isFalse();
    assertThat(changed.getInt("projectId")).isEqualTo(Fixtures.get().projectA());
    assertThat(changed.getJsonObject("assignee").getInt("id")).isEqualTo(editor.id());
    // The assignee reads it without activities.write.
    assertThat(editor.client().get(path(body)).status()).isEqualTo(200);
    assertThat(Team.withRole("Videographer").client().get(path(body)).status()).isEqualTo(403);

    Api.Response stale =
        put(path(body), activity("Stale").build().toString(), "If-Match", created.header("ETag"));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
    assertThat(get(path(body)).json().getString("title")).isEqualTo("Meet " + token);

    JsonObject completed = post(path(body) + "/complete", null).json();
    assertThat(completed.getString("status")).isEqualTo("Completed");
    assertThat(completed.getString("completedAt")).isNotBlank();
    JsonObject again = post(path(body) + "/complete", null).json();
    assertThat(again.getString("completedAt")).isEqualTo(completed.getString("completedAt"));
    assertThat(again.getJsonNumber("version")).isEqualTo(completed.getJsonNumber("version"));
    assertThat(
            count(
                "SELECT COUNT(*) FROM activities WHERE id = ? AND status = 'Completed'"
                    + " AND completed_at IS NOT NULL",
                body.getInt("id")))
        .isEqualTo(1);

    JsonObject reopened = post(path(body) + "/reopen", null).json();
    assertThat(reopened.getString("status")).isEqualTo("Pending");
    assertThat(reopened.containsKey("completedAt")).isFalse();

    Api.Response staleDelete = delete(path(body), "If-Match", "\"0\"");
    assertThat(staleDelete.status()).isEqualTo(412);
    assertThat(editor.client().delete(path(body)).status()).isEqualTo(403);
    assertThat(delete(path(body)).status()).isEqualTo(204);
    assertThat(get(path(body)).status()).isEqualTo(404);
    assertThat(delete(path(body)).status()).isEqualTo(404);
    assertThat(count("SELECT COUNT(*) FROM activities WHERE id = ?", body.getInt("id"))).isZero();
  }

  @Test
  void badInputNamesTheFieldAndWritesNothing() {
    String token = uniqueToken();
    Api.Response noSubject =
        post(
            ACTIVITIES,
            Json.createObjectBuilder()
                .add("type", "Call")
                .add("title", "Nothing " + token)
                .build()
                .toString());
    assertThat(noSubject.status()).as(noSubject.toString()).isEqualTo(400);
    assertThat(noSubject.errorFields()).containsExactly("contactId");

    Api.Response unknown =
        post(
            ACTIVITIES,
            Json.createObjectBuilder()
                .add("type", "Call")
                .add("contactId", 999_999_999)
                .add("inquiryId", 999_999_998)
                .add("projectId", 999_999_997)
                .add("assignedContributorId", 999_999_996)
                .add("title", "Unknown " + token)
                .build()
                .toString());
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.errorFields())
        .containsExactly("assignedContributorId", "contactId", "inquiryId", "projectId");

    Api.Response badFields =
        post(
            ACTIVITIES,
            Json.createObjectBuilder()
                .add("type", "Fax")
                .add("contactId", contactId())
                .add("title", "x".repeat(256))
                .add("dueDate", "tomorrow")
                .build()
                .toString());
    assertThat(badFields.status()).as(badFields.toString()).isEqualTo(400);
    assertThat(badFields.errorFields()).containsExactly("dueDate", "title", "type");

    Api.Response noTitle =
        post(
            ACTIVITIES,
            Json.createObjectBuilder()
                .add("type", "To-Do")
                .add("contactId", contactId())
                .add("title", "  ")
                .build()
                .toString());
    assertThat(noTitle.errorFields()).containsExactly("title");
    assertThat(post(ACTIVITIES, "{\"type\":").status()).isEqualTo(400);
    assertThat(get(ACTIVITIES + "?status=Done").errorFields()).containsExactly("status");
    assertThat(get(ACTIVITIES + "?contactId=abc").errorFields()).containsExactly("contactId");
    assertThat(get(ACTIVITIES + "?cursor=nonsense").errorFields()).containsExactly("cursor");
    assertThat(get(ACTIVITIES + "?dueFrom=2031-02-01&dueTo=2031-01-01").errorFields())
        .containsExactly("dueTo");
    assertThat(count("SELECT COUNT(*) FROM activities WHERE title LIKE ?", "%" + token + "%"))
        .isZero();

    JsonObject existing = create(activity("Keep " + token));
    Api.Response badUpdate =
        put(
            path(existing),
            activity("Keep " + token).add("inquiryId", 999_999_999).build().toString());
    assertThat(badUpdate.status()).isEqualTo(400);
    assertThat(badUpdate.errorFields()).containsExactly("inquiryId");
    assertThat(get(path(existing)).json()).isEqualTo(existing);

    assertThat(get(ACTIVITIES + "/999999999").status()).isEqualTo(404);
    assertThat(put(ACTIVITIES + "/999999999", activity("x").build().toString()).status())
        .isEqualTo(404);
    assertThat(post(ACTIVITIES + "/999999999/complete", null).status()).isEqualTo(404);
    assertThat(post(ACTIVITIES + "/999999999/reopen", null).status()).isEqualTo(404);
  }

  @Test
  void theListFiltersAndPagesByDueDateWithUndatedLast() {
    Team.Member assignee = Team.create("lister", Team.roleId("Editor"));
    String token = uniqueToken();
    int inquiryId = InquiryFixtures.createInquiry(InquiryFixtures.leadJson(token));
    List<Integer> expected = new ArrayList<>();
    String[] dues = {"2031-01-03", null, "2031-01-01", "2031-01-03", "2031-01-02", null};
    List<Integer> created = new ArrayList<>();
    for (String due : dues) {
      JsonObjectBuilder body =
          activity("List " + token).add("assignedContributorId", assignee.id());
      if (due != null) {
        body.add("dueDate", due);
      }
      created.add(create(body).getInt("id"));
    }
    // Expected order: 01-01, 01-02, 01-03 (lower id first), 01-03, undated by id.
    expected.add(created.get(2));
    expected.add(created.get(4));
    expected.add(created.get(0));
    expected.add(created.get(3));
    expected.add(created.get(1));
    expected.add(created.get(5));
    int inquiryActivity =
        create(
                Json.createObjectBuilder()
                    .add("type", "Email")
                    .add("inquiryId", inquiryId)
                    .add("assignedContributorId", assignee.id())
                    .add("title", "Inquiry " + token)
                    .add("dueDate", "2031-01-02"))
            .getInt("id");
    post(ACTIVITIES + "/" + created.get(4) + "/complete", null);

    String all = ACTIVITIES + "?assigneeId=" + assignee.id() + "&contactId=" + contactId();
    List<Integer> paged = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Api.Response page = get(all + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
      paged.addAll(ids(page.items()));
      JsonObject json = page.json();
      cursor = json.containsKey("nextCursor") ? json.getString("nextCursor") : null;
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(paged).containsExactlyElementsOf(expected);

    assertThat(ids(get(all + "&status=Completed").items())).containsExactly(created.get(4));
    assertThat(ids(get(all + "&dueFrom=2031-01-02&dueTo=2031-01-02").items()))
        .containsExactly(created.get(4));
    assertThat(ids(get(ACTIVITIES + "?inquiryId=" + inquiryId).items()))
        .containsExactly(inquiryActivity);
    assertThat(
            ids(
                get(ACTIVITIES
                        + "?assigneeId="
                        + assignee.id()
                        + "&status=Pending&dueTo=2031-01-02")
                    .items()))
        .containsExactly(created.get(2), inquiryActivity);

    // Without activities.write: one's own activities only.
    Api.Response own = assignee.client().get(ACTIVITIES + "?limit=200");
    assertThat(own.status()).isEqualTo(200);
    assertThat(ids(own.items())).hasSize(7).contains(inquiryActivity);
    assertThat(assignee.client().get(ACTIVITIES + "?assigneeId=" + assignee.id()).status())
        .isEqualTo(200);
    assertThat(
            assignee
                .client()
                .get(ACTIVITIES + "?assigneeId=" + Team.withRole("Manager").id())
                .status())
        .isEqualTo(403);
    assertThat(assignee.client().post(ACTIVITIES, activity("No").build().toString()).status())
        .isEqualTo(403);
  }

  @Test
  void theAgendaGroupsOwnPendingActivitiesByDueDate() {
    Team.Member member = Team.create("agenda", Team.roleId("Videographer"));
    LocalDate today = LocalDate.now();
    String token = uniqueToken();
    int overdueOld = due(member, today.minusDays(3), token);
    int overdueNew = due(member, today.minusDays(1), token);
    int todayOne = due(member, today, token);
    int upcomingLast = due(member, today.plusDays(7), token);
    int upcomingFirst = due(member, today.plusDays(2), token);
    due(member, today.plusDays(8), token);
    int done = due(member, today, token);
    post(ACTIVITIES + "/" + done + "/complete", null);
    create(activity("Undated " + token).add("assignedContributorId", member.id()));
    due(Team.withRole("Manager"), today, token);

    Api.Response agenda = member.client().get("/api/me/agenda?days=7");
    assertThat(agenda.status()).as(agenda.toString()).isEqualTo(200);
    JsonObject json = agenda.json();
    assertThat(json.getString("date")).isEqualTo(today.toString());
    assertThat(ids(json.getJsonArray("overdue").getValuesAs(JsonObject.class)))
        .containsExactly(overdueOld, overdueNew);
    assertThat(ids(json.getJsonArray("today").getValuesAs(JsonObject.class)))
        .containsExactly(todayOne);
    assertThat(ids(json.getJsonArray("upcoming").getValuesAs(JsonObject.class)))
        .containsExactly(upcomingFirst, upcomingLast);

    JsonObject shorter = member.client().get("/api/me/agenda?days=2").json();
    assertThat(ids(shorter.getJsonArray("upcoming").getValuesAs(JsonObject.class)))
        .containsExactly(upcomingFirst);
    assertThat(member.client().get("/api/me/agenda").json().getJsonArray("upcoming")).hasSize(2);
    assertThat(member.client().get("/api/me/agenda?days=-1").errorFields()).containsExactly("days");
    assertThat(member.client().get("/api/me/agenda?days=x").errorFields()).containsExactly("days");
    assertThat(Fixtures.get().clientUser().get("/api/me/agenda").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("/api/me/agenda").status()).isEqualTo(401);
  }

  private static int due(Team.Member assignee, LocalDate date, String token) {
    return create(
            activity("Due " + token)
                .add("assignedContributorId", assignee.id())
                .add("dueDate", date.toString()))
        .getInt("id");
  }
}
