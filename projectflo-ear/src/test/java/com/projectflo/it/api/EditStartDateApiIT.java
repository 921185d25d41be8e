package com.projectflo.it.api;

import static com.projectflo.it.api.TaskGenerationApiIT.move;
import static com.projectflo.it.api.TaskGenerationApiIT.weddingDate;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edit start of a project (docs/scheduling.md): set at booking to wedding + 14 days
 * (projectflo.tasks.edit-start-days), changed with PUT /api/projects/{id}/edit-start-date, and
 * followed by the due dates of the open tasks and of the tasks generated later. The example
 * wedding's tasks are due between D−2 and D (D = wedding + 60), all after the default edit start.
 */
class EditStartDateApiIT {

  private final TaskFixtures fx = new TaskFixtures();
  private final LedgerFixtures c = fx.catalog;

  @Test
  void dueDatesFollowTheEditStartDate() {
    int project = fx.bookedProject();
    LocalDate wedding = weddingDate(project);
    LocalDate deadline = wedding.plusDays(60);
    Api.Response booked = Api.get("/api/projects/" + project);
    assertThat(booked.json().getString("editStartDate"))
        .as("set at booking")
        .isEqualTo(wedding.plusDays(14).toString());
    Map<Integer, String> generated = dueDates(project);
    int edit = TaskFixtures.taskId(project, c.edit, c.ceremony, c.cinematic);
    int grade = TaskFixtures.taskId(project, c.grade, c.ceremony, c.cinematic);
    move(edit, "In Progress");
    move(edit, "Completed");
    Api.put("/api/tasks/" + grade + "/due-date", "{\"dueDate\":\"" + deadline.plusDays(9) + "\"}");

    // Editing starts on the deadline: every open task is due then, the completed one keeps its day.
    Api.Response late = changeEditStart(project, deadline, booked.header("ETag"));
    assertThat(late.status()).as(late.toString()).isEqualTo(200);
    assertThat(late.json().getString("editStartDate")).isEqualTo(deadline.toString());
    assertThat(late.header("ETag")).isNotEqualTo(booked.header("ETag"));
    Map<Integer, String> expected = new HashMap<>();
    generated.keySet().forEach(id -> expected.put(id, deadline.toString()));
    expected.put(edit, generated.get(edit));
    assertThat(dueDates(project)).isEqualTo(expected);

    // A task generated now is due on the project's edit start, not on wedding + 14.
    int polish = newTemplateOfPhase("Polish");
    Api.Response regenerated = Api.post("/api/projects/" + project + "/tasks/regenerate", "");
    assertThat(regenerated.json().getJsonArray("created")).hasSize(3);
    int polished = TaskFixtures.taskId(project, polish, c.ceremony, c.cinematic);
    assertThat(task(polished).getString("dueDate")).isEqualTo(deadline.toString());

    // Back to an early edit start: the generated due dates again (the hand-set one included).
    Api.Response early =
        changeEditStart(project, wedding.plusDays(20), late.header("ETag").replace("\"", ""));
    assertThat(early.status()).as(early.toString()).isEqualTo(200);
    Map<Integer, String> again = dueDates(project);
    generated.forEach((id, due) -> assertThat(again.get(id)).as("task " + id).isEqualTo(due));
    assertThat(again.get(polished))
        .as("Polish runs before Edit")
        .isEqualTo(deadline.minusDays(3).toString());
  }

  @Test
  void badEditStartDatesAreRefusedAndChangeNothing() {
    int project = fx.bookedProject();
    LocalDate wedding = weddingDate(project);
    Map<Integer, String> before = dueDates(project);
    String path = "/api/projects/" + project + "/edit-start-date";

    assertThat(Api.put(path, "{}").errorFields()).containsExactly("editStartDate");
    assertThat(Api.put(path, "{\"editStartDate\":\"next week\"}").errorFields())
        .containsExactly("editStartDate");
    Api.Response early = changeEditStart(project, wedding.minusDays(1), null);
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.header("Content-Type")).contains("application/problem+json");
    assertThat(early.errorFields()).containsExactly("editStartDate");
    assertThat(changeEditStart(project, wedding.plusDays(61), null).errorFields())
        .containsExactly("editStartDate");
    assertThat(changeEditStart(project, wedding.plusDays(59), "\"99\"").status()).isEqualTo(412);
    assertThat(changeEditStart(999_999_999, wedding, null).status()).isEqualTo(404);
    assertThat(
            Team.withRole("Editor")
                .client()
                .put(path, "{\"editStartDate\":\"" + wedding + "\"}")
                .status())
        .as("not on the project")
        .isEqualTo(404);

    assertThat(Api.get("/api/projects/" + project).json().getString("editStartDate"))
        .isEqualTo(wedding.plusDays(14).toString());
    assertThat(dueDates(project)).isEqualTo(before);
    assertThat(changeEditStart(project, wedding, null).status())
        .as("editing may start on the wedding day")
        .isEqualTo(200);
  }

  static Api.Response changeEditStart(int project, LocalDate date, String ifMatch) {
    String path = "/api/projects/" + project + "/edit-start-date";
    String body = "{\"editStartDate\":\"" + date + "\"}";
    return ifMatch == null ? Api.put(path, body) : Api.put(path, body, "If-Match", ifMatch);
  }

  /** A new template of its own phase, selected first (priority 20) by the catalog's film. */
  private int newTemplateOfPhase(String phase) {
    int template =
        ((Number)
                Database.single(
                    "INSERT INTO task_templates (name, phase, pricing_type, hourly_rate,"
                        + " effort_hours) VALUES (?, ?, 'Hourly', 30.00, 0.50) RETURNING id",
                    phase + " " + c.token,
                    phase))
            .intValue();
    Database.execute(
        "INSERT INTO component_task_recipes (deliverable_id, task_template_id, priority)"
            + " VALUES (?, ?, 20)",
        c.highlight,
        template);
    return template;
  }

  private static Map<Integer, String> dueDates(int project) {
    Map<Integer, String> due = new HashMap<>();
    TaskFixtures.tasks(project).forEach(t -> due.put(t.getInt("id"), t.getString("dueDate")));
    return due;
  }

  private static JsonObject task(int id) {
    return Api.get("/api/tasks/" + id).json();
  }
}
