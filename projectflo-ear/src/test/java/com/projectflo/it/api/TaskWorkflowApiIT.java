package com.projectflo.it.api;

import static com.projectflo.it.api.TaskGenerationApiIT.move;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The task workflow on a booked example wedding (docs/scheduling.md): transitions, promotion and
 * notification, dependencies, assignment, hours, comments and their visibility, assets, lists.
 */
class TaskWorkflowApiIT {

  private final TaskFixtures fx = new TaskFixtures();
  private final LedgerFixtures c = fx.catalog;
  private final int project = fx.bookedProject();
  private final int edit = TaskFixtures.taskId(project, c.edit, c.ceremony, c.cinematic);
  private final int grade = TaskFixtures.taskId(project, c.grade, c.ceremony, c.cinematic);
  private final int review = TaskFixtures.taskId(project, c.review, c.ceremony, c.cinematic);

  @Test
  void illegalTransitionsAnswer409NamingBothStatusesAndCompletingPromotesAndNotifies() {
    Team.Member assignee = Team.create("grader", null);
    assertThat(assign(grade, assignee.id()).status()).isEqualTo(200);

    Api.Response skip = status(grade, "Completed");
    assertThat(skip.status()).isEqualTo(409);
    assertThat(skip.body()).contains("To-Do").contains("Completed");
    Api.Response notReady = status(grade, "Ready to Start");
    assertThat(notReady.status()).as("its blocker Edit is not done").isEqualTo(409);
    assertThat(status(grade, "Done").errorFields()).containsExactly("status");
    assertThat(Api.post("/api/tasks/" + grade + "/status", "{}").errorFields())
        .containsExactly("status");

    move(edit, "In Progress");
    JsonObject completed =
        Api.post("/api/tasks/" + edit + "/status", "{\"status\":\"Completed\"}").json();
    assertThat(completed.getString("status")).isEqualTo("Completed");
    assertThat(task(grade).getString("status")).isEqualTo("Ready to Start");
    assertThat(task(review).getString("status")).as("still waits for Grade").isEqualTo("To-Do");
    assertThat(assignee.client().get("/api/notifications").items())
        .extracting(n -> n.getString("message"))
        .anyMatch(m -> m.contains("#" + grade) && m.contains("ready to start"));

    assertThat(status(edit, "In Progress").status()).isEqualTo(409);
    move(edit, "Archived");
    Api.Response fromArchived = status(edit, "To-Do");
    assertThat(fromArchived.status()).isEqualTo(409);
    assertThat(fromArchived.body()).contains("Archived is final");

    Api.Response stale =
        Api.post(
            "/api/tasks/" + grade + "/status", "{\"status\":\"In Progress\"}", "If-Match", "\"0\"");
    assertThat(stale.status()).isEqualTo(412);
  }

  @Test
  void manualDependenciesRefuseSelfCyclesAndOtherProjectsAndRemovalPromotes() {
    int otherProject = new TaskFixtures().bookedProject();
    int foreign = TaskFixtures.tasks(otherProject).get(0).getInt("id");

    assertThat(depend(edit, edit).errorFields()).containsExactly("blockingTaskId");
    Api.Response cycle = depend(edit, review);
    assertThat(cycle.status()).as("review already waits for edit").isEqualTo(400);
    assertThat(cycle.errorFields()).containsExactly("blockingTaskId");
    assertThat(depend(edit, foreign).errorFields()).containsExactly("blockingTaskId");
    assertThat(Api.post("/api/tasks/" + edit + "/dependencies", "{}").errorFields())
        .containsExactly("blockingTaskId");

    int receptionEdit = TaskFixtures.taskId(project, c.edit, c.reception, c.documentary);
    Api.Response added = depend(receptionEdit, review);
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    assertThat(added.json().getString("status")).as("waits for an open task").isEqualTo("To-Do");
    assertThat(depend(receptionEdit, review).status()).isEqualTo(409);

    Api.Response removed = Api.delete("/api/tasks/" + receptionEdit + "/dependencies/" + review);
    assertThat(removed.status()).isEqualTo(200);
    assertThat(removed.json().getString("status")).isEqualTo("Ready to Start");
    assertThat(removed.json().getJsonArray("blockedBy")).isEmpty();
    assertThat(Api.delete("/api/tasks/" + receptionEdit + "/dependencies/" + review).status())
        .isEqualTo(404);
  }

  @Test
  void assignmentSnapshotsTheRatePlacesOnTheProjectReplansAndWarnsOfConflicts() {
    Team.Member editor = Team.create("cutter", Team.roleId("Freelancer"));
    Api.put("/api/contributors/" + editor.id() + "/skill-rates/" + c.edit, "{\"rate\":62.50}");
    Database.execute(
        "INSERT INTO contributor_task_benchmarks (contributor_id, task_template_id,"
            + " contributor_default_hours, contributor_average_hours) VALUES (?, ?, 5.00, 3.75)",
        editor.id(),
        c.edit);
    String due = task(edit).getString("dueDate");
    Database.execute(
        "INSERT INTO calendar_events (contributor_id, title, start_time, end_time, event_type)"
            + " VALUES (?, 'Dentist', ?::date + time '10:00', ?::date + time '11:00', 'PERSONAL')",
        editor.id(),
        due,
        due);

    Api.Response assigned = assign(edit, editor.id());

    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    JsonObject body = assigned.json();
    JsonObject task = body.getJsonObject("task");
    assertThat(task.getJsonNumber("rateAtTimeOfAssignment").bigDecimalValue())
        .isEqualByComparingTo("62.50");
    assertThat(task.getJsonNumber("plannedHours").bigDecimalValue())
        .as("the measured average of the benchmark")
        .isEqualByComparingTo("3.75");
    assertThat(task.getJsonObject("assignee").getInt("id")).isEqualTo(editor.id());
    assertThat(body.getBoolean("placedOnProject")).isTrue();
    assertThat(body.getJsonArray("warnings").getValuesAs(JsonObject.class))
        .extracting(w -> w.getString("title"))
        .containsExactly("Dentist");
    assertThat(
            Api.get("/api/projects/" + project + "/assignments")
                .jsonArray()
                .getValuesAs(JsonObject.class))
        .filteredOn(a -> a.getInt("contributorId") == editor.id())
        .extracting(a -> a.getString("role"))
        .containsExactly("Editor");

    // Without a skill rate: the contributor's default rate (45); no benchmark: hours unchanged.
    JsonObject second = assign(grade, editor.id()).json();
    assertThat(
            second.getJsonObject("task").getJsonNumber("rateAtTimeOfAssignment").bigDecimalValue())
        .isEqualByComparingTo("45.00");
    assertThat(second.getBoolean("placedOnProject")).isFalse();
    assertThat(second.getJsonArray("warnings")).isEmpty();
    assertThat(editor.client().get("/api/tasks/mine").items())
        .extracting(t -> t.getInt("id"))
        .as("by due date: Edit before Grade")
        .containsExactly(edit, grade);

    assertThat(Api.put("/api/tasks/" + edit + "/assignee", "{}").errorFields())
        .containsExactly("contributorId");
    assertThat(
            Api.put("/api/tasks/" + edit + "/assignee", "{\"contributorId\":999999999}")
                .errorFields())
        .containsExactly("contributorId");
    JsonObject unassigned = Api.delete("/api/tasks/" + edit + "/assignee").json();
    assertThat(unassigned.containsKey("assignee")).isFalse();
    assertThat(unassigned.getJsonNumber("rateAtTimeOfAssignment").bigDecimalValue()).isZero();
  }

  @Test
  void datesWithYearsBeyond9999Are400NamingTheFieldAndChangeNothing() {
    String due = task(edit).getString("dueDate");
    Api.Response far =
        Api.put("/api/tasks/" + edit + "/due-date", "{\"dueDate\":\"+999999999-12-31\"}");
    assertThat(far.status()).as(far.toString()).isEqualTo(400);
    assertThat(far.contentType()).startsWith(Api.PROBLEM_JSON);
    assertThat(far.errorFields()).containsExactly("dueDate");
    assertThat(task(edit).getString("dueDate")).isEqualTo(due);

    for (String path :
        List.of("/api/projects/" + project + "/tasks", "/api/tasks/mine", "/api/tasks/overdue")) {
      Api.Response list = Api.get(path + "?dueFrom=%2B999999999-12-31&dueTo=-999999999-01-01");
      assertThat(list.status()).as(list.toString()).isEqualTo(400);
      assertThat(list.contentType()).startsWith(Api.PROBLEM_JSON);
      assertThat(list.errorFields()).containsExactly("dueFrom", "dueTo");
    }
  }

  @Test
  void hoursDueDatesVisibilityAndCommentsAsTheClientSeesThem() {
    Api.Response hours = Api.put("/api/tasks/" + edit + "/actual-hours", "{\"actualHours\":3.25}");
    assertThat(hours.json().getJsonNumber("actualHours").bigDecimalValue())
        .isEqualByComparingTo("3.25");
    assertThat(
            Api.put("/api/tasks/" + edit + "/actual-hours", "{\"actualHours\":-1}").errorFields())
        .containsExactly("actualHours");
    assertThat(
            Api.put("/api/tasks/" + edit + "/actual-hours", "{\"actualHours\":1.234}")
                .errorFields())
        .containsExactly("actualHours");
    assertThat(Api.put("/api/tasks/" + edit + "/due-date", "{\"dueDate\":\"soon\"}").errorFields())
        .containsExactly("dueDate");
    assertThat(
            Api.put("/api/tasks/" + edit + "/due-date", "{\"dueDate\":\"2031-05-02\"}")
                .json()
                .getString("dueDate"))
        .isEqualTo("2031-05-02");
    assertThat(Api.put("/api/tasks/" + edit + "/client-visibility", "{}").errorFields())
        .containsExactly("clientVisible");

    String internal = comment(edit, "Internal note", null);
    String shared = comment(edit, "Your ceremony edit is under way", "Client-Visible");
    String onGrade = comment(grade, "Grading soon", "Client-Visible");
    assertThat(
            Api.post(
                    "/api/tasks/" + edit + "/comments",
                    "{\"text\":\" \",\"visibility\":\"Public\"}")
                .errorFields())
        .containsExactly("text", "visibility");
    Api.put("/api/tasks/" + edit + "/client-visibility", "{\"clientVisible\":true}");

    int clientId =
        ((Number) Database.single("SELECT client_id FROM projects WHERE id = ?", project))
            .intValue();
    Api.Response user = Api.post("/api/client-users", Operations.clientUserJson(clientId));
    String email = user.json().getString("email");
    Api.Client couple =
        Api.as(
            Api.anonymous()
                .post("/api/auth/client-login", Api.credentials(email, Team.PASSWORD))
                .json()
                .getString("accessToken"));

    assertThat(couple.get("/api/tasks/" + edit + "/comments").items())
        .extracting(comment -> comment.getString("text"))
        .containsExactly("Your ceremony edit is under way");
    assertThat(couple.get("/api/tasks/" + grade + "/comments").status())
        .as("the task itself is not client-visible")
        .isEqualTo(404);
    assertThat(couple.get("/api/tasks/" + grade).status()).isEqualTo(404);
    assertThat(couple.get("/api/projects/" + project + "/tasks").items())
        .extracting(t -> t.getInt("id"))
        .containsExactly(edit);
    assertThat(Api.get("/api/tasks/" + edit + "/comments").items()).hasSize(2);
    assertThat(couple.post("/api/tasks/" + edit + "/comments", "{\"text\":\"Thanks\"}").status())
        .isEqualTo(403);

    // Each comment at its own URL (the Location of its creation), as visible as in the list.
    assertThat(Api.get(path(internal)).json().getString("text")).isEqualTo("Internal note");
    assertThat(couple.get(path(shared)).json().getString("text"))
        .isEqualTo("Your ceremony edit is under way");
    assertThat(couple.get(path(internal)).status()).as("internal").isEqualTo(404);
    assertThat(couple.get(path(onGrade)).status()).as("task not client-visible").isEqualTo(404);
    assertThat(Api.get(path(onGrade).replace("/tasks/" + grade, "/tasks/" + edit)).status())
        .as("a comment of another task")
        .isEqualTo(404);
    assertThat(Api.get("/api/tasks/" + edit + "/comments/999999999").status()).isEqualTo(404);
    assertThat(Team.withRole("Editor").client().get(path(internal)).status())
        .as("not on the project")
        .isEqualTo(404);
  }

  /** The path of an absolute URL. */
  private static String path(String location) {
    return java.net.URI.create(location).getPath();
  }

  @Test
  void listsFilterAndPageAndTheBoardGroupsByStatus() {
    List<Integer> seen = new ArrayList<>();
    String cursor = null;
    do {
      Api.Response page =
          Api.get(
              "/api/projects/"
                  + project
                  + "/tasks?limit=3"
                  + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.items().size()).isLessThanOrEqualTo(3);
      page.items().forEach(t -> seen.add(t.getInt("id")));
      cursor =
          page.json().containsKey("nextCursor") && !page.json().isNull("nextCursor")
              ? page.json().getString("nextCursor")
              : null;
    } while (cursor != null);
    assertThat(seen).doesNotHaveDuplicates().hasSize(7);
    assertThat(seen)
        .containsExactlyElementsOf(
            TaskFixtures.tasks(project).stream().map(t -> t.getInt("id")).toList());

    assertThat(Api.get("/api/projects/" + project + "/tasks?status=Ready%20to%20Start").items())
        .extracting(t -> t.getString("status"))
        .hasSize(3)
        .containsOnly("Ready to Start");
    String due = task(review).getString("dueDate");
    assertThat(
            Api.get("/api/projects/" + project + "/tasks?dueFrom=" + due + "&dueTo=" + due).items())
        .extracting(t -> t.getString("dueDate"))
        .isNotEmpty()
        .containsOnly(due);
    Api.Response bad =
        Api.get("/api/projects/" + project + "/tasks?status=Later&dueFrom=x&limit=0&cursor=zz");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorFields()).contains("status", "dueFrom", "limit");

    JsonObject board = Api.get("/api/projects/" + project + "/tasks/board").json();
    assertThat(board.getJsonArray("columns").getValuesAs(JsonObject.class))
        .extracting(col -> col.getString("status") + "=" + col.getInt("count"))
        .containsExactly(
            "To-Do=4", "Ready to Start=3", "In Progress=0", "Completed=0", "Archived=0");

    Api.put("/api/tasks/" + review + "/due-date", "{\"dueDate\":\"2020-01-01\"}");
    assertThat(Api.get("/api/tasks/overdue?limit=200").items())
        .extracting(t -> t.getInt("id"))
        .contains(review)
        .doesNotContain(edit);
    assertThat(Team.withRole("Editor").client().get("/api/tasks/overdue?limit=200").items())
        .extracting(t -> t.getInt("id"))
        .doesNotContain(review);
  }

  @Test
  void assetsAreRegisteredPerSceneWithSafeStoragePaths() {
    String path = "/api/projects/" + project + "/assets";
    Api.Response created =
        Api.post(
            path,
            "{\"assetType\":\"Raw Footage\",\"coverageSceneId\":"
                + c.ceremony
                + ",\"fileName\":\"cam-a-001.mov\",\"storagePath\":\"footage/ceremony/cam-a-001.mov\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("coverageSceneName")).startsWith("Ceremony");
    Api.Response traversal =
        Api.post(
            path,
            "{\"assetType\":\"Export\",\"fileName\":\"a.mp4\",\"storagePath\":\"exports/../../etc/passwd\"}");
    assertThat(traversal.errorFields()).containsExactly("storagePath");
    Api.Response bad =
        Api.post(path, "{\"assetType\":\"Photo\",\"fileName\":\"x/y\",\"coverageSceneId\":1}");
    assertThat(bad.errorFields()).containsExactly("assetType", "fileName", "storagePath");
    Api.Response noScene =
        Api.post(
            path,
            "{\"assetType\":\"Export\",\"fileName\":\"a.mp4\",\"storagePath\":\"a.mp4\",\"coverageSceneId\":999999999}");
    assertThat(noScene.errorFields()).containsExactly("coverageSceneId");
    assertThat(Api.get(path + "?coverageSceneId=" + c.ceremony).items()).hasSize(1);
    assertThat(Api.get(path + "?coverageSceneId=" + c.reception).items()).isEmpty();
  }

  @Test
  void removingAnAssetUnregistersItOnceThroughItsOwnProjectOnly() {
    String path = "/api/projects/" + project + "/assets";
    int kept = asset(path, "cam-a-002.mov");
    int removed = asset(path, "cam-a-003.mov");
    int otherProject = new TaskFixtures().bookedProject();
    String otherPath = "/api/projects/" + otherProject + "/assets";

    assertThat(Api.delete(otherPath + "/" + removed).status())
        .as("another project's asset")
        .isEqualTo(404);
    assertThat(Team.withRole("Editor").client().delete(path + "/" + removed).status())
        .as("not on the project")
        .isEqualTo(404);
    Api.Response deleted = Api.delete(path + "/" + removed);
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

    assertThat(Api.get(path).items()).extracting(a -> a.getInt("id")).containsExactly(kept);
    assertThat(Api.delete(path + "/" + removed).status()).as("already removed").isEqualTo(404);
    assertThat(Database.single("SELECT COUNT(*) FROM project_assets WHERE id = ?", removed))
        .isEqualTo(0L);
  }

  private int asset(String path, String fileName) {
    Api.Response created =
        Api.post(
            path,
            "{\"assetType\":\"Raw Footage\",\"coverageSceneId\":"
                + c.ceremony
                + ",\"fileName\":\""
                + fileName
                + "\",\"storagePath\":\"footage/ceremony/"
                + fileName
                + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getInt("id");
  }

  private static Api.Response status(int task, String status) {
    return Api.post("/api/tasks/" + task + "/status", "{\"status\":\"" + status + "\"}");
  }

  private static Api.Response assign(int task, int contributor) {
    return Api.put("/api/tasks/" + task + "/assignee", "{\"contributorId\":" + contributor + "}");
  }

  private static Api.Response depend(int task, int blocking) {
    return Api.post(
        "/api/tasks/" + task + "/dependencies", "{\"blockingTaskId\":" + blocking + "}");
  }

  /** Comments on the task; the new comment's URL (Location), checked against its id. */
  private static String comment(int task, String text, String visibility) {
    String body =
        "{\"text\":\""
            + text
            + "\""
            + (visibility == null ? "" : ",\"visibility\":\"" + visibility + "\"")
            + "}";
    Api.Response created = Api.post("/api/tasks/" + task + "/comments", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String location = created.header("Location");
    assertThat(location)
        .endsWith("/api/tasks/" + task + "/comments/" + created.json().getInt("id"));
    return location;
  }

  private static JsonObject task(int id) {
    return Api.get("/api/tasks/" + id).json();
  }
}
