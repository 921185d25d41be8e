package com.projectflo.it.api;

import static com.projectflo.it.api.Operations.ADMINS;
import static com.projectflo.it.api.Operations.MANAGERS;
import static com.projectflo.it.api.Operations.READERS;
import static com.projectflo.it.api.Operations.STAFF;
import static com.projectflo.it.api.Operations.UNASSIGNED;
import static com.projectflo.it.api.Operations.op;

import com.projectflo.it.api.Operations.Operation;
import com.projectflo.it.api.Operations.Request;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The catalogue entries (see {@link Operations}) of tasks, a project's edit start, project assets
 * and skill rates. The tasks live on a booked project of a fresh catalog: unassigned staff and the
 * fixture's portal user (another client) do not see it (404), except where a staff-only endpoint
 * refuses portal users first (403).
 */
final class TaskOperations {

  private static TaskFixtures fixtures;
  private static Integer projectId;
  private static Integer assigneeId;
  private static Integer commentId;

  private static final Set<String> HIDDEN = with(UNASSIGNED, Operations.CLIENT);

  static void addTo(List<Operation> ops, Fixtures fx) {
    ops.add(op("GET", "/api/tasks/mine", () -> Request.of("/api/tasks/mine?limit=5"), STAFF, null));
    ops.add(
        op(
            "GET",
            "/api/tasks/overdue",
            () -> Request.of("/api/tasks/overdue?limit=5"),
            STAFF,
            null));
    read(ops, "/api/tasks/{id}", () -> "/api/tasks/" + task());
    read(ops, "/api/projects/{projectId}/tasks", () -> "/api/projects/" + project() + "/tasks");
    read(
        ops,
        "/api/projects/{projectId}/tasks/board",
        () -> "/api/projects/" + project() + "/tasks/board");
    read(ops, "/api/tasks/{id}/comments", () -> "/api/tasks/" + task() + "/comments");
    read(
        ops,
        "/api/tasks/{id}/comments/{commentId}",
        () -> "/api/tasks/" + task() + "/comments/" + comment());
    staffRead(ops, "/api/tasks/{id}/dependencies", () -> "/api/tasks/" + task() + "/dependencies");
    staffRead(
        ops, "/api/projects/{projectId}/assets", () -> "/api/projects/" + project() + "/assets");
    write(
        ops,
        "POST",
        "/api/tasks/{id}/status",
        () -> {
          Database.execute("UPDATE tasks SET status = 'Ready to Start' WHERE id = ?", task());
          return Request.json("/api/tasks/" + task() + "/status", "{\"status\":\"In Progress\"}");
        },
        "task.change_status");
    write(
        ops,
        "PUT",
        "/api/tasks/{id}/assignee",
        () -> {
          withoutLoggedHours();
          return Request.json(
              "/api/tasks/" + task() + "/assignee", "{\"contributorId\":" + assignee() + "}");
        },
        "task.assign");
    write(
        ops,
        "DELETE",
        "/api/tasks/{id}/assignee",
        () -> {
          withoutLoggedHours();
          Api.put("/api/tasks/" + task() + "/assignee", "{\"contributorId\":" + assignee() + "}");
          return Request.of("/api/tasks/" + task() + "/assignee");
        },
        "task.unassign");
    write(
        ops,
        "PUT",
        "/api/tasks/{id}/actual-hours",
        () -> Request.json("/api/tasks/" + task() + "/actual-hours", "{\"actualHours\":2.5}"),
        "task.log_hours");
    write(
        ops,
        "PUT",
        "/api/tasks/{id}/due-date",
        () -> Request.json("/api/tasks/" + task() + "/due-date", "{\"dueDate\":\"2031-03-01\"}"),
        "task.reschedule");
    write(
        ops,
        "PUT",
        "/api/tasks/{id}/client-visibility",
        () ->
            Request.json("/api/tasks/" + task() + "/client-visibility", "{\"clientVisible\":true}"),
        "task.set_client_visibility");
    write(
        ops,
        "POST",
        "/api/tasks/{id}/dependencies",
        () -> {
          Database.execute(
              "DELETE FROM task_dependencies WHERE blocking_task_id = ? AND dependent_task_id = ?",
              otherTask(),
              freeTask());
          Database.execute("UPDATE tasks SET status = 'To-Do' WHERE id = ?", freeTask());
          return Request.json(
              "/api/tasks/" + freeTask() + "/dependencies",
              "{\"blockingTaskId\":" + otherTask() + "}");
        },
        "task_dependency.create");
    write(
        ops,
        "DELETE",
        "/api/tasks/{id}/dependencies/{blockingTaskId}",
        () -> {
          Database.execute(
              "INSERT INTO task_dependencies (blocking_task_id, dependent_task_id) VALUES (?, ?)"
                  + " ON CONFLICT DO NOTHING",
              otherTask(),
              freeTask());
          return Request.of("/api/tasks/" + freeTask() + "/dependencies/" + otherTask());
        },
        "task_dependency.delete");
    write(
        ops,
        "POST",
        "/api/tasks/{id}/comments",
        () -> Request.json("/api/tasks/" + task() + "/comments", "{\"text\":\"Looks good\"}"),
        "task_comment.create");
    write(
        ops,
        "POST",
        "/api/projects/{projectId}/tasks/regenerate",
        () -> Request.of("/api/projects/" + project() + "/tasks/regenerate"),
        "task.regenerate");
    write(
        ops,
        "PUT",
        "/api/projects/{id}/edit-start-date",
        () ->
            Request.json(
                "/api/projects/" + project() + "/edit-start-date",
                "{\"editStartDate\":\""
                    + Database.single(
                        "SELECT CAST(wedding_date + 20 AS TEXT) FROM projects WHERE id = ?",
                        project())
                    + "\"}"),
        "project.change_edit_start_date");
    write(
        ops,
        "POST",
        "/api/projects/{projectId}/assets",
        () -> Request.json("/api/projects/" + project() + "/assets", assetJson()),
        "project_asset.create");
    write(
        ops,
        "DELETE",
        "/api/projects/{projectId}/assets/{assetId}",
        () -> {
          int asset =
              Api.post("/api/projects/" + project() + "/assets", assetJson()).json().getInt("id");
          return Request.of("/api/projects/" + project() + "/assets/" + asset);
        },
        "project_asset.delete");
    String rates = "/api/contributors/%d/skill-rates";
    ops.add(
        op(
            "GET",
            "/api/contributors/{contributorId}/skill-rates",
            () -> Request.of(rates.formatted(assignee())),
            READERS,
            null));
    ops.add(
        op(
            "PUT",
            "/api/contributors/{contributorId}/skill-rates/{taskTemplateId}",
            () ->
                Request.json(
                    rates.formatted(assignee()) + "/" + fixtures().catalog.review,
                    "{\"rate\":55.00}"),
            ADMINS,
            "skill_rate.set"));
    ops.add(
        op(
            "DELETE",
            "/api/contributors/{contributorId}/skill-rates/{taskTemplateId}",
            () -> {
              Api.put(
                  rates.formatted(assignee()) + "/" + fixtures().catalog.grade, "{\"rate\":60}");
              return Request.of(rates.formatted(assignee()) + "/" + fixtures().catalog.grade);
            },
            ADMINS,
            "skill_rate.delete"));
  }

  static String assetJson() {
    return "{\"assetType\":\"Raw Footage\",\"coverageSceneId\":"
        + fixtures().catalog.ceremony
        + ",\"fileName\":\"cam-a-001.mov\",\"storagePath\":\"footage/ceremony/cam-a-001.mov\"}";
  }

  /** A read for Admin and Manager; unassigned staff and the other client's portal user get 404. */
  private static void read(List<Operation> ops, String template, Supplier<String> path) {
    ops.add(new Operation("GET", template, () -> Request.of(path.get()), MANAGERS, HIDDEN, null));
  }

  /** A staff-only read: portal users are refused (403) before the project is looked at. */
  private static void staffRead(List<Operation> ops, String template, Supplier<String> path) {
    ops.add(
        new Operation(
            "GET",
            template,
            () -> Request.of(path.get()),
            MANAGERS,
            new HashSet<>(UNASSIGNED),
            null));
  }

  private static void write(
      List<Operation> ops,
      String method,
      String template,
      Supplier<Request> request,
      String audit) {
    ops.add(new Operation(method, template, request, MANAGERS, new HashSet<>(UNASSIGNED), audit));
  }

  private static synchronized TaskFixtures fixtures() {
    if (fixtures == null) {
      fixtures = new TaskFixtures();
    }
    return fixtures;
  }

  private static synchronized int project() {
    if (projectId == null) {
      projectId = fixtures().bookedProject();
    }
    return projectId;
  }

  /** A contributor without a system role, so that assigning it changes no one's access. */
  private static synchronized int assignee() {
    if (assigneeId == null) {
      assigneeId = Team.create("assignee", null).id();
    }
    return assigneeId;
  }

  /** A task with hours logged keeps its assignee (409): the assignment calls start without. */
  private static void withoutLoggedHours() {
    Database.execute("UPDATE tasks SET actual_duration_hours = NULL WHERE id = ?", task());
  }

  /** An Internal comment on {@link #task()}, made once. */
  private static synchronized int comment() {
    if (commentId == null) {
      commentId =
          Api.post("/api/tasks/" + task() + "/comments", "{\"text\":\"Seen\"}").json().getInt("id");
    }
    return commentId;
  }

  /** The Review task of the ceremony/cinematic component. */
  private static int task() {
    LedgerFixtures c = fixtures().catalog;
    return TaskFixtures.taskId(project(), c.review, c.ceremony, c.cinematic);
  }

  /** The Edit task of the reception/documentary component (no generated blocker). */
  private static int freeTask() {
    LedgerFixtures c = fixtures().catalog;
    return TaskFixtures.taskId(project(), c.edit, c.reception, c.documentary);
  }

  /** The Edit task of the ceremony/cinematic component. */
  private static int otherTask() {
    LedgerFixtures c = fixtures().catalog;
    return TaskFixtures.taskId(project(), c.edit, c.ceremony, c.cinematic);
  }

  private static Set<String> with(Set<String> set, String more) {
    Set<String> all = new HashSet<>(set);
    all.add(more);
    return all;
  }

  private TaskOperations() {}
}
