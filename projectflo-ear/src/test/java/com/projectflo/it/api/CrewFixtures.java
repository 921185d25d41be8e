package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data of the crew calendar and profitability tests. Tasks are inserted with SQL (another
 * feature generates and edits them); they hang off a build booked through the API.
 */
final class CrewFixtures {

  static final String EVENTS = "/api/calendar/events";

  private CrewFixtures() {}

  /** A booked example build (docs/pricing.md) and its project. */
  record Booked(LedgerFixtures catalog, int buildId, int projectId, BigDecimal price) {}

  static Booked bookedProject() {
    LedgerFixtures catalog = new LedgerFixtures();
    int buildId = catalog.exampleBuild().getInt("id");
    Api.Response booked = Api.post("/api/builds/" + buildId + "/book", "");
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    int projectId = booked.json().getInt("projectId");
    // Task generation ran at booking: these tests own the task list.
    Database.execute("DELETE FROM tasks WHERE project_id = ?", projectId);
    return new Booked(
        catalog,
        buildId,
        projectId,
        booked.json().getJsonNumber("approvedPrice").bigDecimalValue());
  }

  /**
   * Inserts a task; {@code actual} and {@code assignee} may be null. Returns its id. The task has
   * no component (as one whose component a change order removed), so a test may give one project
   * several tasks of one template.
   */
  static int insertTask(
      Booked booked,
      int templateId,
      String status,
      String planned,
      String actual,
      String rate,
      Integer assignee,
      LocalDate due) {
    return ((Number)
            Database.single(
                "INSERT INTO tasks (project_id, build_component_id, task_template_id,"
                    + " planned_duration_hours, actual_duration_hours, status,"
                    + " rate_at_time_of_assignment, assigned_to_contributor_id, due_date)"
                    + " VALUES (?, NULL, ?, ?, ?, ?::tasks_status, ?, ?, ?) RETURNING id",
                booked.projectId(),
                templateId,
                new BigDecimal(planned),
                actual == null ? null : new BigDecimal(actual),
                status,
                new BigDecimal(rate),
                assignee,
                due))
        .intValue();
  }

  static JsonObjectBuilder event(
      Integer contributorId, String type, String title, String start, String end, boolean allDay) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", type)
            .add("title", title)
            .add("startTime", start)
            .add("endTime", end)
            .add("allDay", allDay);
    if (contributorId != null) {
      json.add("contributorId", contributorId);
    }
    return json;
  }

  /** A HOLIDAY of the contributor on a day of 2031, created by the administrator. */
  static JsonObject holiday(int contributorId, String day) {
    Api.Response created = Api.post(EVENTS, holidayJson(contributorId, day));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  static String holidayJson(int contributorId, String day) {
    LocalDate date = LocalDate.parse(day);
    return event(
            contributorId,
            "HOLIDAY",
            "Holiday",
            date + "T00:00:00Z",
            date.plusDays(1) + "T00:00:00Z",
            true)
        .build()
        .toString();
  }

  /** Every item of a list endpoint, following nextCursor. */
  static List<JsonObject> all(Api.Client client, String path) {
    List<JsonObject> items = new ArrayList<>();
    String cursor = null;
    do {
      String separator = path.contains("?") ? "&" : "?";
      Api.Response page =
          client.get(path + separator + "limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      items.addAll(page.items());
      JsonObject body = page.json();
      cursor = body.containsKey("nextCursor") ? body.getString("nextCursor") : null;
    } while (cursor != null);
    return items;
  }
}
