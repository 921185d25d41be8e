package com.projectflo.it.api;

import static com.projectflo.it.api.ConcurrentBuildEditsApiIT.concurrently;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Simultaneous changes of one project's tasks: dependency changes run one at a time per project, so
 * two opposite dependencies never both pass the cycle check; regenerations run one at a time under
 * the build's row lock, so simultaneous ones create each task once and all succeed.
 */
class TaskConcurrencyApiIT {

  private static final int ROUNDS = 12;
  private static final int REGENERATIONS = 6;

  @Test
  void oppositeDependenciesRequestedTogetherNeverMakeACycle() throws Exception {
    TaskFixtures fx = new TaskFixtures();
    LedgerFixtures c = fx.catalog;
    int project = fx.bookedProject();
    // Two tasks with no path between them.
    int first = TaskFixtures.taskId(project, c.edit, c.reception, c.documentary);
    int second = TaskFixtures.taskId(project, c.edit, c.ceremony, c.documentary);

    for (int round = 0; round < ROUNDS; round++) {
      List<Api.Response> responses =
          concurrently(2, i -> i == 0 ? depend(first, second) : depend(second, first));

      assertThat(responses)
          .as("round " + round + ": " + responses)
          .extracting(Api.Response::status)
          .containsExactlyInAnyOrder(200, 400);
      Api.Response refused = responses.get(0).status() == 400 ? responses.get(0) : responses.get(1);
      assertThat(refused.errorFields()).containsExactly("blockingTaskId");
      long edges =
          (Long)
              Database.single(
                  "SELECT COUNT(*) FROM task_dependencies WHERE (blocking_task_id = ? AND"
                      + " dependent_task_id = ?) OR (blocking_task_id = ? AND dependent_task_id"
                      + " = ?)",
                  first,
                  second,
                  second,
                  first);
      assertThat(edges).as("round " + round + ": one edge, no cycle").isEqualTo(1L);
      int waiting = responses.get(0).status() == 200 ? first : second;
      int blocking = waiting == first ? second : first;
      Api.Response removed = Api.delete("/api/tasks/" + waiting + "/dependencies/" + blocking);
      assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
    }
  }

  @Test
  void simultaneousRegenerationsCreateEachTaskOnceAndAllSucceed() throws Exception {
    TaskFixtures fx = new TaskFixtures();
    LedgerFixtures c = fx.catalog;
    int project = fx.bookedProject();
    int before = TaskFixtures.tasks(project).size();
    int ingest =
        ((Number)
                Database.single(
                    "INSERT INTO task_templates (name, phase, pricing_type, hourly_rate,"
                        + " effort_hours) VALUES (?, 'Ingest', 'Hourly', 30.00, 0.50) RETURNING id",
                    "Ingest " + c.token))
            .intValue();
    Database.execute(
        "INSERT INTO component_task_recipes (deliverable_id, task_template_id, priority)"
            + " VALUES (?, ?, 20)",
        c.highlight,
        ingest);

    List<Api.Response> responses =
        concurrently(
            REGENERATIONS, i -> Api.post("/api/projects/" + project + "/tasks/regenerate", ""));

    List<Integer> created = new ArrayList<>();
    for (Api.Response response : responses) {
      assertThat(response.status()).as(response.toString()).isEqualTo(200);
      response.json().getJsonArray("created").getValuesAs(JsonNumber.class).stream()
          .map(JsonNumber::intValue)
          .forEach(created::add);
    }
    assertThat(created).as("one Ingest task per included component, once").hasSize(3);
    assertThat(TaskFixtures.tasks(project)).hasSize(before + 3);
    assertThat(
            Database.single(
                "SELECT COUNT(*) FROM task_dependencies d JOIN tasks t ON t.id ="
                    + " d.blocking_task_id WHERE t.task_template_id = ?",
                ingest))
        .as("each Ingest task blocks its component's Edit, once")
        .isEqualTo(3L);
  }

  private static Api.Response depend(int task, int blocking) {
    return Api.post(
        "/api/tasks/" + task + "/dependencies", "{\"blockingTaskId\":" + blocking + "}");
  }
}
