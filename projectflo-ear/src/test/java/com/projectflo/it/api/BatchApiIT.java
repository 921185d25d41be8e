package com.projectflo.it.api;

import static com.projectflo.it.api.BatchFixtures.EXECUTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The batch API (docs/batch.md) over HTTP: the jobs and their parameters, refused starts, a run's
 * progress, one run at a time, stop and restart, paging. The invoicing job's results are checked
 * in-server (InvoicingJobIT); runs here use an as-of day long past, so they invoice nothing.
 */
class BatchApiIT {

  @Test
  void jobsAreListedWithTheirParametersAndSchedule() {
    List<JsonObject> jobs = Api.get("/api/batch/jobs").jsonArray().getValuesAs(JsonObject.class);

    assertThat(jobs)
        .extracting(job -> job.getString("name"))
        .containsExactly("invoicing", "benchmarks");
    JsonObject invoicing = jobs.get(0);
    assertThat(invoicing.getJsonArray("parameters").getValuesAs(JsonObject.class))
        .extracting(
            p ->
                p.getString("name") + ":" + p.getString("type") + ":" + p.getString("defaultValue"))
        .containsExactly("asOf:date:today", "chunkSize:integer:100");
    assertThat(invoicing.getString("timeZone")).isEqualTo("UTC");
    assertThat(invoicing.containsKey("nightlyAt"))
        .as("the test server switches the nightly invoicing off")
        .isFalse();
    assertThat(invoicing.containsKey("nextRunAt")).isFalse();
    JsonObject benchmarks = jobs.get(1);
    assertThat(benchmarks.getString("nightlyAt")).isEqualTo("03:17");
    assertThat(benchmarks.getString("nextRunAt")).contains("T03:17:00");
  }

  @Test
  void badStartsAreRefusedNamingEveryBadParameterAndStartNothing() {
    String newest = newestExecution();

    Api.Response unknownJob = Api.post("/api/batch/jobs/payroll/executions", null);
    Api.Response badValues =
        Api.post(
            "/api/batch/jobs/invoicing/executions",
            "{\"parameters\": {\"asOf\": \"31/12/2026\", \"chunkSize\": 0, \"bogus\": \"1\"}}");
    Api.Response badType =
        Api.post(
            "/api/batch/jobs/benchmarks/executions", "{\"parameters\": {\"partitions\": true}}");
    Api.Response future =
        Api.post(
            "/api/batch/jobs/invoicing/executions",
            "{\"parameters\": {\"asOf\": \""
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30)
                + "\"}}");
    Api.Response badBody = Api.post("/api/batch/jobs/benchmarks/executions", "[1]");
    Api.Response unknownMember =
        Api.post("/api/batch/jobs/benchmarks/executions", "{\"parameter\": {}}");

    assertThat(unknownJob.status()).isEqualTo(404);
    assertThat(unknownJob.contentType()).startsWith("application/problem+json");
    assertThat(badValues.status()).isEqualTo(400);
    assertThat(badValues.errorFields())
        .containsExactly("parameters.asOf", "parameters.bogus", "parameters.chunkSize");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.errorFields()).containsExactly("parameters.partitions");
    assertThat(future.status()).as("a day that has not come").isEqualTo(400);
    assertThat(future.errorFields()).containsExactly("parameters.asOf");
    assertThat(badBody.status()).isEqualTo(400);
    assertThat(badBody.errorFields()).containsExactly("body");
    assertThat(unknownMember.status()).isEqualTo(400);
    assertThat(unknownMember.errorFields()).containsExactly("parameter");
    assertThat(newestExecution()).as("nothing started").isEqualTo(newest);
  }

  @Test
  void anAsOfDayBeyondFourDigitYearsIsRefusedAndStartsNothing() {
    String newest = newestExecution();
    for (String day : List.of("-999999999-01-01", "0000-12-31")) {
      Api.Response refused =
          Api.post(
              "/api/batch/jobs/invoicing/executions",
              "{\"parameters\": {\"asOf\": \"" + day + "\"}}");
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.errorFields()).containsExactly("parameters.asOf");
    }
    assertThat(newestExecution()).as("nothing started").isEqualTo(newest);
  }

  @Test
  void aRunReportsItsStepsAndIsListedNewestFirst() {
    BatchFixtures.awaitNoRun("benchmarks");
    Api.Response started =
        Api.post("/api/batch/jobs/benchmarks/executions", "{\"parameters\": {\"partitions\": 2}}");

    assertThat(started.status()).isEqualTo(202);
    long id = started.json().getJsonNumber("executionId").longValue();
    assertThat(started.header("Location")).endsWith(EXECUTIONS + id);
    JsonObject ended = BatchFixtures.awaitEnd(id);
    assertThat(ended.getString("status")).isEqualTo("COMPLETED");
    assertThat(ended.getString("jobName")).isEqualTo("benchmarks");
    assertThat(ended.getJsonObject("parameters").getString("partitions")).isEqualTo("2");
    assertThat(ended.getString("requestedBy")).startsWith("contributor:");
    assertThat(ended.getJsonArray("steps").getValuesAs(JsonObject.class))
        .extracting(step -> step.getString("name") + ":" + step.getString("status"))
        .containsExactly("recompute-benchmarks:COMPLETED");

    Api.Response first = Api.get("/api/batch/executions?jobName=benchmarks&limit=1");
    assertThat(first.items())
        .extracting(e -> e.getJsonNumber("executionId").longValue())
        .containsExactly(id);
    String cursor = first.json().getString("nextCursor", null);
    if (cursor != null) {
      List<JsonObject> older =
          Api.get("/api/batch/executions?jobName=benchmarks&limit=50&cursor=" + cursor).items();
      assertThat(older)
          .allSatisfy(e -> assertThat(e.getJsonNumber("executionId").longValue()).isLessThan(id));
    }
    assertThat(Api.get("/api/batch/executions?jobName=payroll").items()).isEmpty();
  }

  @Test
  void aRunningJobRefusesASecondStartStopsAndRestartsFromWhereItWas() {
    long held = BatchFixtures.heldExecution();

    Api.Response second = Api.post("/api/batch/jobs/invoicing/executions", null);
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.errorFields()).containsExactly("jobName");
    JsonObject running = Api.get(EXECUTIONS + held).json();
    assertThat(running.getString("status")).isIn("STARTING", "STARTED");

    assertThat(Api.post(EXECUTIONS + held + "/stop", null).status()).isEqualTo(202);
    assertThat(BatchFixtures.awaitEnd(held).getString("status")).isEqualTo("STOPPED");
    assertThat(Api.post(EXECUTIONS + held + "/stop", null).status()).isEqualTo(409);

    Api.Response restarted = Api.post(EXECUTIONS + held + "/restart", null);
    assertThat(restarted.status()).isEqualTo(202);
    JsonObject again = restarted.json();
    long restartId = again.getJsonNumber("executionId").longValue();
    assertThat(again.getJsonNumber("restartOfExecutionId").longValue()).isEqualTo(held);
    assertThat(again.getJsonNumber("instanceId")).isEqualTo(running.getJsonNumber("instanceId"));
    assertThat(again.getJsonObject("parameters").containsKey("holdMillis"))
        .as("test-only parameters are not carried over")
        .isFalse();
    assertThat(again.getJsonObject("parameters").getString("asOf")).isEqualTo("2001-01-01");
    assertThat(BatchFixtures.awaitEnd(restartId).getString("status")).isEqualTo("COMPLETED");

    assertThat(Api.post(EXECUTIONS + held + "/restart", null).status())
        .as("only the latest execution of an instance restarts")
        .isEqualTo(409);
    assertThat(Api.post(EXECUTIONS + restartId + "/restart", null).status())
        .as("a completed run is not restarted")
        .isEqualTo(409);
  }

  @Test
  void unknownExecutionsAndBadCursorsAreClientErrors() {
    assertThat(Api.get(EXECUTIONS + "987654321").status()).isEqualTo(404);
    assertThat(Api.post(EXECUTIONS + "987654321/stop", null).status()).isEqualTo(404);
    assertThat(Api.post(EXECUTIONS + "987654321/restart", null).status()).isEqualTo(404);
    Api.Response badCursor = Api.get("/api/batch/executions?cursor=nonsense");
    assertThat(badCursor.status()).isEqualTo(400);
    assertThat(badCursor.errorFields()).containsExactly("cursor");
  }

  private static String newestExecution() {
    List<JsonObject> items = Api.get("/api/batch/executions?limit=1").items();
    return items.isEmpty() ? "none" : items.get(0).getJsonNumber("executionId").toString();
  }
}
