package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Task generation on booking and change-order approval, and regeneration, against the rule of
 * docs/scheduling.md (defaults: deadline = wedding + 60 days, edit start = wedding + 14 days, 8
 * hours a day). Every expected figure below is computed by hand from that document.
 */
class TaskGenerationApiIT {

  /**
   * The phased catalog plus a second deliverable (a ceremony film) and a cross-deliverable recipe.
   */
  static final class Wedding {
    final TaskFixtures fx = new TaskFixtures();
    final LedgerFixtures c = fx.catalog;
    final int film =
        insert("INSERT INTO deliverables (name) VALUES (?) RETURNING id", "Film " + c.token);
    final int ingest = template("Ingest", "Ingest", "'Hourly', 30.00, 0.50, NULL");
    final int soundMix = template("Sound mix", "Edit", "'Hourly', 30.00, 6.00, NULL");
    final int export =
        template(
            "Export",
            "Export",
            "'Hourly', 30.00, NULL, '{\"baseHours\": 0.5, \"hoursPerTargetMinute\": 0.1}'");

    Wedding() {
      Database.execute(
          "INSERT INTO deliverable_default_components (deliverable_id, coverage_scene_id,"
              + " default_editing_style_id, default_target_minutes, default_is_included)"
              + " VALUES (?, ?, ?, 20.00, true)",
          film,
          c.ceremony,
          c.documentary);
      recipe(film, null, null, c.edit, 0);
      recipe(film, null, null, soundMix, 0);
      recipe(film, null, null, c.review, 0);
      recipe(film, null, null, ingest, 20);
      // Any deliverable, any style, but only this catalog's ceremony scene.
      recipe(null, c.ceremony, null, export, -1);
    }

    /** A booked wedding: the example lines plus the film; returns the project id. */
    int book() {
      JsonArrayBuilder lines =
          c.exampleLines().add(LedgerFixtures.op("addDeliverable").add("deliverableId", film));
      String body =
          Json.createObjectBuilder()
              .add("inquiryId", LedgerFixtures.inquiry())
              .add("operations", lines)
              .build()
              .toString();
      Api.Response created = Api.post("/api/builds", body);
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      return TaskFixtures.book(created.json().getInt("id"));
    }

    private int template(String name, String phase, String pricing) {
      return insert(
          "INSERT INTO task_templates (name, phase, pricing_type, hourly_rate, effort_hours,"
              + " effort_calculation_rules) VALUES (?, ?, "
              + pricing
              + ") RETURNING id",
          name + " " + c.token,
          phase);
    }

    private void recipe(
        Integer deliverable, Integer scene, Integer style, int template, int priority) {
      Database.execute(
          "INSERT INTO component_task_recipes (deliverable_id, coverage_scene_id, editing_style_id,"
              + " task_template_id, priority) VALUES (?, ?, ?, ?, ?)",
          deliverable,
          scene,
          style,
          template,
          priority);
    }
  }

  @Test
  void bookingGeneratesTheExpectedTasksHoursDueDatesAndDependencies() {
    Wedding w = new Wedding();
    LedgerFixtures c = w.c;
    int project = w.book();
    LocalDate deadline = weddingDate(project).plusDays(60);

    String highlight = "H", film = "F";
    Map<Integer, String> deliverables = Map.of(c.highlight, highlight, w.film, film);
    List<String> expected =
        List.of(
            // Highlight, ceremony/cinematic (5 min): Edit → Grade → Review → Export, 1 day each.
            key(highlight, c.ceremony, c.cinematic, c.edit) + " 4.00 D-3 Ready to Start",
            key(highlight, c.ceremony, c.cinematic, c.grade) + " 0.00 D-2 To-Do",
            key(highlight, c.ceremony, c.cinematic, c.review) + " 1.25 D-1 To-Do",
            key(highlight, c.ceremony, c.cinematic, w.export) + " 1.00 D-0 To-Do",
            // Highlight, ceremony/documentary (1 min, from the scene-less preset).
            key(highlight, c.ceremony, c.documentary, c.edit) + " 2.50 D-2 Ready to Start",
            key(highlight, c.ceremony, c.documentary, c.review) + " 1.25 D-1 To-Do",
            key(highlight, c.ceremony, c.documentary, w.export) + " 0.60 D-0 To-Do",
            // Highlight, reception/documentary (1 min); the 3-minute one is excluded: no tasks.
            key(highlight, c.reception, c.documentary, c.edit) + " 2.50 D-1 Ready to Start",
            key(highlight, c.reception, c.documentary, c.review) + " 1.25 D-0 To-Do",
            // Film, ceremony/documentary (20 min): Ingest → Edit (10 h = 2 days) → Review → Export.
            key(film, c.ceremony, c.documentary, w.ingest) + " 0.50 D-4 Ready to Start",
            key(film, c.ceremony, c.documentary, c.edit) + " 4.00 D-2 To-Do",
            key(film, c.ceremony, c.documentary, w.soundMix) + " 6.00 D-2 To-Do",
            key(film, c.ceremony, c.documentary, c.review) + " 1.25 D-1 To-Do",
            key(film, c.ceremony, c.documentary, w.export) + " 2.50 D-0 To-Do");

    Map<Integer, String> keys = taskKeys(project, deliverables);
    List<String> actual = new ArrayList<>();
    for (JsonObject task : TaskFixtures.tasks(project)) {
      LocalDate due = LocalDate.parse(task.getString("dueDate"));
      actual.add(
          keys.get(task.getInt("id"))
              + " "
              + task.getJsonNumber("plannedHours").bigDecimalValue().setScale(2)
              + " D-"
              + (deadline.toEpochDay() - due.toEpochDay())
              + " "
              + task.getString("status"));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);

    List<String> dependencies = new ArrayList<>();
    for (int[] pair : dependencyPairs(project)) {
      dependencies.add(keys.get(pair[0]) + " -> " + keys.get(pair[1]));
    }
    assertThat(dependencies)
        .containsExactlyInAnyOrder(
            key(highlight, c.ceremony, c.cinematic, c.edit)
                + " -> "
                + key(highlight, c.ceremony, c.cinematic, c.grade),
            key(highlight, c.ceremony, c.cinematic, c.grade)
                + " -> "
                + key(highlight, c.ceremony, c.cinematic, c.review),
            key(highlight, c.ceremony, c.cinematic, c.review)
                + " -> "
                + key(highlight, c.ceremony, c.cinematic, w.export),
            key(highlight, c.ceremony, c.documentary, c.edit)
                + " -> "
                + key(highlight, c.ceremony, c.documentary, c.review),
            key(highlight, c.ceremony, c.documentary, c.review)
                + " -> "
                + key(highlight, c.ceremony, c.documentary, w.export),
            key(highlight, c.reception, c.documentary, c.edit)
                + " -> "
                + key(highlight, c.reception, c.documentary, c.review),
            key(film, c.ceremony, c.documentary, w.ingest)
                + " -> "
                + key(film, c.ceremony, c.documentary, c.edit),
            key(film, c.ceremony, c.documentary, w.ingest)
                + " -> "
                + key(film, c.ceremony, c.documentary, w.soundMix),
            key(film, c.ceremony, c.documentary, c.edit)
                + " -> "
                + key(film, c.ceremony, c.documentary, c.review),
            key(film, c.ceremony, c.documentary, w.soundMix)
                + " -> "
                + key(film, c.ceremony, c.documentary, c.review),
            key(film, c.ceremony, c.documentary, c.review)
                + " -> "
                + key(film, c.ceremony, c.documentary, w.export));

    Api.Response regenerated = Api.post("/api/projects/" + project + "/tasks/regenerate", "");
    assertThat(regenerated.status()).as(regenerated.toString()).isEqualTo(200);
    assertThat(regenerated.json().getJsonArray("created")).isEmpty();
    assertThat(regenerated.json().getInt("dependenciesAdded")).isZero();
    assertThat(TaskFixtures.tasks(project)).hasSize(14);
  }

  @Test
  void changeOrdersArchiveOpenTasksOfExcludedComponentsKeepCompletedWorkAndAddNewOnes() {
    TaskFixtures fx = new TaskFixtures();
    LedgerFixtures c = fx.catalog;
    int build = c.exampleBuild().getInt("id");
    int project = TaskFixtures.book(build);
    int receptionEdit = TaskFixtures.taskId(project, c.edit, c.reception, c.documentary);
    int receptionReview = TaskFixtures.taskId(project, c.review, c.reception, c.documentary);
    move(receptionEdit, "In Progress");
    move(receptionEdit, "Completed");
    assertThat(Api.get("/api/tasks/" + receptionReview).json().getString("status"))
        .isEqualTo("Ready to Start");
    int component = componentOf(receptionEdit);
    int highlightLine =
        ((Number)
                Database.single(
                    "SELECT build_deliverable_id FROM build_components WHERE id = ?", component))
            .intValue();

    JsonObject order =
        approve(
            build,
            LedgerFixtures.op("modifyComponent").add("lineId", component).add("included", false),
            LedgerFixtures.op("addComponent")
                .add("lineId", highlightLine)
                .add("coverageSceneId", c.reception)
                .add("editingStyleId", c.cinematic)
                .add("targetMinutes", new BigDecimal("2")));
    assertThat(order.getString("status")).isEqualTo("Approved");

    JsonObject edit = Api.get("/api/tasks/" + receptionEdit).json();
    JsonObject review = Api.get("/api/tasks/" + receptionReview).json();
    assertThat(edit.getString("status")).as("completed work is kept").isEqualTo("Completed");
    assertThat(review.getString("status")).isEqualTo("Archived");
    // Reception/cinematic (2 min): Grade (priority 5) → Edit (3.00 h) → Review.
    LocalDate deadline = weddingDate(project).plusDays(60);
    int grade = TaskFixtures.taskId(project, c.grade, c.reception, c.cinematic);
    int newEdit = TaskFixtures.taskId(project, c.edit, c.reception, c.cinematic);
    int newReview = TaskFixtures.taskId(project, c.review, c.reception, c.cinematic);
    assertThat(summary(grade)).isEqualTo("0.00 " + deadline.minusDays(2) + " Ready to Start");
    assertThat(summary(newEdit)).isEqualTo("3.00 " + deadline.minusDays(1) + " To-Do");
    assertThat(summary(newReview)).isEqualTo("1.25 " + deadline + " To-Do");
    assertThat(blockersOf(newEdit)).containsExactly(grade);
    assertThat(blockersOf(newReview)).containsExactly(newEdit);
    assertThat(TaskFixtures.tasks(project)).hasSize(10);

    for (int run = 0; run < 2; run++) {
      JsonObject again = Api.post("/api/projects/" + project + "/tasks/regenerate", "").json();
      assertThat(again.getJsonArray("created")).isEmpty();
      assertThat(again.getJsonArray("archived")).isEmpty();
      assertThat(again.getJsonArray("reopened")).isEmpty();
      assertThat(TaskFixtures.tasks(project)).hasSize(10);
    }

    // Including the component again reopens what generation archived, ready since Edit is done.
    approve(
        build, LedgerFixtures.op("modifyComponent").add("lineId", component).add("included", true));
    assertThat(Api.get("/api/tasks/" + receptionReview).json().getString("status"))
        .isEqualTo("Ready to Start");
    assertThat(Api.get("/api/tasks/" + receptionEdit).json().getString("status"))
        .isEqualTo("Completed");
    assertThat(TaskFixtures.tasks(project)).hasSize(10);
  }

  @Test
  void aRemovedComponentKeepsItsCompletedWorkAndItsOpenTasksAreArchived() {
    TaskFixtures fx = new TaskFixtures();
    LedgerFixtures c = fx.catalog;
    int build = c.exampleBuild().getInt("id");
    int project = TaskFixtures.book(build);
    int receptionEdit = TaskFixtures.taskId(project, c.edit, c.reception, c.documentary);
    int receptionReview = TaskFixtures.taskId(project, c.review, c.reception, c.documentary);
    move(receptionEdit, "In Progress");
    move(receptionEdit, "Completed");
    int tasksBefore = TaskFixtures.tasks(project).size();

    approve(build, LedgerFixtures.op("removeComponent").add("lineId", componentOf(receptionEdit)));

    JsonObject edit = Api.get("/api/tasks/" + receptionEdit).json();
    assertThat(edit.getString("status"))
        .as("completed work survives removal")
        .isEqualTo("Completed");
    assertThat(edit.get("buildComponentId")).isIn(null, jakarta.json.JsonValue.NULL);
    assertThat(Api.get("/api/tasks/" + receptionReview).json().getString("status"))
        .isEqualTo("Archived");
    assertThat(TaskFixtures.tasks(project)).hasSize(tasksBefore);
    JsonObject again = Api.post("/api/projects/" + project + "/tasks/regenerate", "").json();
    assertThat(again.getJsonArray("archived")).isEmpty();
    assertThat(again.getJsonArray("created")).isEmpty();
  }

  @Test
  void regenerationArchivesByHandExcludedComponentsAndNeedsProjectsWrite() {
    TaskFixtures fx = new TaskFixtures();
    LedgerFixtures c = fx.catalog;
    int project = fx.bookedProject();
    int review = TaskFixtures.taskId(project, c.review, c.reception, c.documentary);
    int edit = TaskFixtures.taskId(project, c.edit, c.reception, c.documentary);
    Database.execute(
        "UPDATE build_components SET is_included = false WHERE id = ?", componentOf(review));

    JsonObject result = Api.post("/api/projects/" + project + "/tasks/regenerate", "").json();

    assertThat(result.getJsonArray("archived").getValuesAs(jakarta.json.JsonNumber.class))
        .extracting(jakarta.json.JsonNumber::intValue)
        .containsExactlyInAnyOrder(edit, review);
    assertThat(
            Team.withRole("Editor")
                .client()
                .post("/api/projects/" + project + "/tasks/regenerate", "")
                .status())
        .isEqualTo(404);
    assertThat(Api.post("/api/projects/999999999/tasks/regenerate", "").status()).isEqualTo(404);
  }

  @Test
  void regenerationAddsNoDependencyInFrontOfAStartedTaskNorOneClosingACycle() {
    TaskFixtures fx = new TaskFixtures();
    LedgerFixtures c = fx.catalog;
    int project = fx.bookedProject();
    int started = TaskFixtures.taskId(project, c.edit, c.reception, c.documentary);
    int edit = TaskFixtures.taskId(project, c.edit, c.ceremony, c.cinematic);
    int grade = TaskFixtures.taskId(project, c.grade, c.ceremony, c.cinematic);
    int documentaryEdit = TaskFixtures.taskId(project, c.edit, c.ceremony, c.documentary);
    move(started, "In Progress");
    // By hand, Edit now waits for Grade: generation's Edit → Grade would close a cycle.
    assertThat(Api.delete("/api/tasks/" + grade + "/dependencies/" + edit).status()).isEqualTo(200);
    Api.Response reversed =
        Api.post("/api/tasks/" + edit + "/dependencies", "{\"blockingTaskId\":" + grade + "}");
    assertThat(reversed.status()).as(reversed.toString()).isEqualTo(200);
    // A new first phase: Ingest before every component's Edit.
    int ingest =
        insert(
            "INSERT INTO task_templates (name, phase, pricing_type, hourly_rate, effort_hours)"
                + " VALUES (?, 'Ingest', 'Hourly', 30.00, 0.50) RETURNING id",
            "Ingest " + c.token);
    Database.execute(
        "INSERT INTO component_task_recipes (deliverable_id, task_template_id, priority)"
            + " VALUES (?, ?, 20)",
        c.highlight,
        ingest);

    JsonObject result = Api.post("/api/projects/" + project + "/tasks/regenerate", "").json();

    assertThat(result.getJsonArray("created")).hasSize(3);
    assertThat(result.getInt("dependenciesAdded"))
        .as("Ingest → the two Edits not started")
        .isEqualTo(2);
    assertThat(result.getInt("dependenciesSkipped"))
        .as("Ingest → the Edit in progress, Edit → Grade")
        .isEqualTo(2);
    assertThat(blockersOf(started)).isEmpty();
    assertThat(Api.get("/api/tasks/" + started).json().getString("status"))
        .isEqualTo("In Progress");
    assertThat(blockersOf(grade)).as("no cycle").isEmpty();
    assertThat(blockersOf(edit))
        .containsExactlyInAnyOrder(
            grade, TaskFixtures.taskId(project, ingest, c.ceremony, c.cinematic));
    assertThat(blockersOf(documentaryEdit))
        .containsExactly(TaskFixtures.taskId(project, ingest, c.ceremony, c.documentary));
    assertThat(Api.get("/api/tasks/" + documentaryEdit).json().getString("status"))
        .as("waits for its Ingest")
        .isEqualTo("To-Do");
  }

  static void move(int task, String status) {
    Api.Response moved =
        Api.post("/api/tasks/" + task + "/status", "{\"status\":\"" + status + "\"}");
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
  }

  private static JsonObject approve(int build, jakarta.json.JsonObjectBuilder... operations) {
    JsonArrayBuilder ops = Json.createArrayBuilder();
    for (var op : operations) {
      ops.add(op);
    }
    String body =
        Json.createObjectBuilder()
            .add("description", "Change " + Api.uniqueToken())
            .add("operations", ops)
            .build()
            .toString();
    Api.Response proposed = Api.post("/api/builds/" + build + "/change-orders", body);
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
    Api.Response approved =
        Api.post("/api/change-orders/" + proposed.json().getInt("id") + "/approve", "{}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return approved.json();
  }

  private static String summary(int task) {
    JsonObject json = Api.get("/api/tasks/" + task).json();
    return json.getJsonNumber("plannedHours").bigDecimalValue().setScale(2)
        + " "
        + json.getString("dueDate")
        + " "
        + json.getString("status");
  }

  private static List<Integer> blockersOf(int task) {
    return Api.get("/api/tasks/" + task + "/dependencies")
        .json()
        .getJsonArray("blockedBy")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(o -> o.getInt("id"))
        .toList();
  }

  static int componentOf(int task) {
    return ((Number) Database.single("SELECT build_component_id FROM tasks WHERE id = ?", task))
        .intValue();
  }

  static LocalDate weddingDate(int project) {
    return LocalDate.parse(Api.get("/api/projects/" + project).json().getString("weddingDate"));
  }

  private static String key(String deliverable, int scene, int style, int template) {
    return deliverable + ":" + scene + ":" + style + ":" + template;
  }

  /** Each task of the project as deliverable:scene:style:template of its component. */
  private static Map<Integer, String> taskKeys(int project, Map<Integer, String> deliverables) {
    Map<Integer, String> keys = new HashMap<>();
    query(
        "SELECT t.id, bd.deliverable_id, c.coverage_scene_id, c.editing_style_id, t.task_template_id"
            + " FROM tasks t JOIN build_components c ON c.id = t.build_component_id"
            + " JOIN build_deliverables bd ON bd.id = c.build_deliverable_id WHERE t.project_id = ?",
        project,
        row -> keys.put(row[0], key(deliverables.get(row[1]), row[2], row[3], row[4])));
    return keys;
  }

  private static List<int[]> dependencyPairs(int project) {
    List<int[]> pairs = new ArrayList<>();
    query(
        "SELECT d.blocking_task_id, d.dependent_task_id FROM task_dependencies d"
            + " JOIN tasks t ON t.id = d.dependent_task_id WHERE t.project_id = ?",
        project,
        pairs::add);
    return pairs;
  }

  private static void query(String sql, int parameter, java.util.function.Consumer<int[]> rows) {
    try (Connection connection = Database.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          int[] row = new int[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = result.getInt(i + 1);
          }
          rows.accept(row);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int insert(String sql, Object... parameters) {
    return ((Number) Database.single(sql, parameters)).intValue();
  }
}
