package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A {@link LedgerFixtures} catalog whose templates have phases (Edit, Grade, Review), and booked
 * projects of its example build, so that tasks exist to work on.
 */
final class TaskFixtures {

  final LedgerFixtures catalog = new LedgerFixtures();

  TaskFixtures() {
    phase(catalog.edit, "Edit");
    phase(catalog.grade, "Grade");
    phase(catalog.review, "Review");
  }

  static void phase(int templateId, String phase) {
    Database.execute("UPDATE task_templates SET phase = ? WHERE id = ?", phase, templateId);
  }

  /** Books a new example build and returns its project's id. */
  int bookedProject() {
    return book(catalog.exampleBuild().getInt("id"));
  }

  static int book(int buildId) {
    Api.Response booked = Api.post("/api/builds/" + buildId + "/book", "");
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    return ((Number) Database.single("SELECT project_id FROM builds WHERE id = ?", buildId))
        .intValue();
  }

  /** The project's tasks as the administrator sees them, by due date then id. */
  static List<JsonObject> tasks(int projectId) {
    Api.Response listed = Api.get("/api/projects/" + projectId + "/tasks?limit=200");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    return listed.items();
  }

  /** The id of the project's task of that template on the component of that scene and style. */
  static int taskId(int projectId, int templateId, int sceneId, int styleId) {
    return ((Number)
            Database.single(
                "SELECT t.id FROM tasks t JOIN build_components c ON c.id = t.build_component_id"
                    + " WHERE t.project_id = ? AND t.task_template_id = ?"
                    + " AND c.coverage_scene_id = ? AND c.editing_style_id = ? AND c.is_included"
                    + " ORDER BY t.id LIMIT 1",
                projectId,
                templateId,
                sceneId,
                styleId))
        .intValue();
  }
}
