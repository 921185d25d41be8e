package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * What an assignment changes (docs/scheduling.md, "Planned hours" and "Assignment";
 * docs/profitability.md, "Labour cost of work done"): the planned hours of a task not started come
 * from the assignee's benchmark when it has hours, else from the template; a task with hours logged
 * keeps its assignee and rate, so the labour cost of work done never moves.
 */
class TaskAssignmentApiIT {

  private final TaskFixtures fx = new TaskFixtures();
  private final LedgerFixtures c = fx.catalog;
  private final int project = fx.bookedProject();
  // Review: effort_hours 1.25. Edit (ceremony, 5 min): effort rules, 2 + 0.5 × 5 capped at 4.00.
  private final int review = TaskFixtures.taskId(project, c.review, c.ceremony, c.cinematic);
  private final int edit = TaskFixtures.taskId(project, c.edit, c.ceremony, c.cinematic);

  @Test
  void plannedHoursComeFromTheAssigneesBenchmarkElseTheTemplate() {
    Team.Member measured = Team.create("measured", null);
    Team.Member newcomer = Team.create("newcomer", null);
    Team.Member unmeasured = Team.create("unmeasured", null);
    Team.Member estimated = Team.create("estimated", null);
    benchmark(measured, c.review, "5.00", "3.75");
    benchmark(measured, c.edit, null, "3.00");
    benchmark(unmeasured, c.review, null, null);
    benchmark(estimated, c.review, "2.00", null);

    assertThat(plannedAfterAssigning(review, measured)).as("measured average").isEqualTo("3.75");
    assertThat(plannedAfterAssigning(review, newcomer))
        .as("no benchmark: the template's effort hours, not the previous assignee's benchmark")
        .isEqualTo("1.25");
    assertThat(plannedAfterAssigning(review, unmeasured))
        .as("a benchmark without hours is ignored")
        .isEqualTo("1.25");
    assertThat(plannedAfterAssigning(review, estimated))
        .as("the contributor's default when nothing is measured")
        .isEqualTo("2.00");
    assertThat(planned(unassign(review).json())).as("the template again").isEqualTo("1.25");

    assertThat(plannedAfterAssigning(edit, measured)).isEqualTo("3.00");
    assertThat(planned(unassign(edit).json())).as("the template's effort rules").isEqualTo("4.00");
    assertThat(plannedAfterAssigning(edit, newcomer)).isEqualTo("4.00");
  }

  @Test
  void aTaskWithLoggedHoursKeepsItsAssigneeAndTheCostOfItsWork() {
    Team.Member cutter = Team.create("cutter", null);
    Team.Member other = Team.create("other", null);
    Api.put("/api/contributors/" + cutter.id() + "/skill-rates/" + c.edit, "{\"rate\":60.00}");
    assertThat(assign(edit, cutter).status()).isEqualTo(200);
    TaskGenerationApiIT.move(edit, "In Progress");
    assertThat(Api.put("/api/tasks/" + edit + "/actual-hours", "{\"actualHours\":2.50}").status())
        .isEqualTo(200);
    assertThat(labourCost()).as("2.50 h × 60.00").isEqualTo("150.00");
    JsonObject before = task(edit);

    Api.Response unassigned = unassign(edit);
    assertThat(unassigned.status()).as(unassigned.toString()).isEqualTo(409);
    assertThat(unassigned.header("Content-Type")).contains("application/problem+json");
    assertThat(unassigned.errorFields()).containsExactly("actualHours");
    assertThat(unassigned.json().getString("detail")).contains("2.50 hours logged");
    Api.Response reassigned = assign(edit, other);
    assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(409);
    assertThat(reassigned.errorFields()).containsExactly("actualHours");
    assertThat(task(edit)).as("nothing half-written").isEqualTo(before);

    // The same assignee again keeps the rate its hours were logged at, whatever its rate now.
    Api.put("/api/contributors/" + cutter.id() + "/skill-rates/" + c.edit, "{\"rate\":75.00}");
    JsonObject again = assign(edit, cutter).json().getJsonObject("task");
    assertThat(money(again, "rateAtTimeOfAssignment")).isEqualTo("60.00");
    assertThat(labourCost()).isEqualTo("150.00");

    // Hours logged by mistake: back to 0, then the task may change hands.
    Api.put("/api/tasks/" + edit + "/actual-hours", "{\"actualHours\":0}");
    JsonObject handedOver = assign(edit, other).json().getJsonObject("task");
    assertThat(handedOver.getJsonObject("assignee").getInt("id")).isEqualTo(other.id());
    assertThat(money(handedOver, "rateAtTimeOfAssignment"))
        .as("its default rate")
        .isEqualTo("45.00");
    JsonObject off = unassign(edit).json();
    assertThat(money(off, "rateAtTimeOfAssignment")).isEqualTo("0.00");
    assertThat(labourCost()).isEqualTo("0.00");
  }

  private static void benchmark(Team.Member who, int template, String fallback, String average) {
    Database.execute(
        "INSERT INTO contributor_task_benchmarks (contributor_id, task_template_id,"
            + " contributor_default_hours, contributor_average_hours) VALUES (?, ?, ?, ?)",
        who.id(),
        template,
        fallback == null ? null : new BigDecimal(fallback),
        average == null ? null : new BigDecimal(average));
  }

  private static String plannedAfterAssigning(int task, Team.Member who) {
    Api.Response assigned = assign(task, who);
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    return planned(assigned.json().getJsonObject("task"));
  }

  private static Api.Response assign(int task, Team.Member who) {
    return Api.put("/api/tasks/" + task + "/assignee", "{\"contributorId\":" + who.id() + "}");
  }

  private static Api.Response unassign(int task) {
    return Api.delete("/api/tasks/" + task + "/assignee");
  }

  private String labourCost() {
    return money(Api.get("/api/projects/" + project + "/dashboard").json(), "labourCost");
  }

  private static String planned(JsonObject task) {
    return money(task, "plannedHours");
  }

  private static String money(JsonObject json, String name) {
    return json.getJsonNumber(name).bigDecimalValue().setScale(2).toPlainString();
  }

  private static JsonObject task(int id) {
    return Api.get("/api/tasks/" + id).json();
  }
}
