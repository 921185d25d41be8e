package com.projectflo.it.api;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Job executions in the states the batch API tests need, made through the API as the administrator:
 * held (running, the invoicing job waiting before it reads, a test-only parameter of the test
 * server), stopped and completed. An as-of day long past keeps these runs from invoicing anything.
 */
final class BatchFixtures {

  static final String EXECUTIONS = "/api/batch/executions/";
  static final String HELD_RUN =
      "{\"parameters\": {\"asOf\": \"2001-01-01\", \"holdMillis\": 60000}}";
  private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");
  private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  private static Long completed;

  private BatchFixtures() {}

  /** A running invoicing execution: the one running now, else a new held one. */
  static synchronized long heldExecution() {
    JsonObject latest = latest("invoicing");
    if (latest != null && Set.of("STARTING", "STARTED").contains(latest.getString("status"))) {
      return latest.getJsonNumber("executionId").longValue();
    }
    awaitNoRun("invoicing");
    Api.Response started = Api.post("/api/batch/jobs/invoicing/executions", HELD_RUN);
    if (started.status() != 202) {
      throw new IllegalStateException("Could not start a held run: " + started);
    }
    return started.json().getJsonNumber("executionId").longValue();
  }

  /** A newly stopped invoicing execution (restartable). */
  static synchronized long stoppedExecution() {
    long held = heldExecution();
    Api.Response stopped = Api.post(EXECUTIONS + held + "/stop", null);
    if (stopped.status() != 202) {
      throw new IllegalStateException("Could not stop " + held + ": " + stopped);
    }
    awaitEnd(held);
    return held;
  }

  /** A completed benchmarks execution. */
  static synchronized long completedExecution() {
    if (completed == null) {
      awaitNoRun("benchmarks");
      Api.Response started = Api.post("/api/batch/jobs/benchmarks/executions", null);
      if (started.status() != 202) {
        throw new IllegalStateException("Could not run the benchmarks: " + started);
      }
      completed = started.json().getJsonNumber("executionId").longValue();
      awaitEnd(completed);
    }
    return completed;
  }

  /** Stops whatever execution of {@code job} is running and waits until none is. */
  static synchronized void awaitNoRun(String job) {
    JsonObject latest = latest(job);
    if (latest == null || !RUNNING.contains(latest.getString("status"))) {
      return;
    }
    long id = latest.getJsonNumber("executionId").longValue();
    Api.post(EXECUTIONS + id + "/stop", null);
    awaitEnd(id);
  }

  /** The execution once it has ended. */
  static JsonObject awaitEnd(long executionId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      JsonObject execution = Api.get(EXECUTIONS + executionId).json();
      if (ENDED.contains(execution.getString("status"))) {
        return execution;
      }
      pause();
    }
    throw new IllegalStateException("Execution " + executionId + " did not end in time");
  }

  private static JsonObject latest(String job) {
    var items = Api.get("/api/batch/executions?jobName=" + job + "&limit=1").items();
    return items.isEmpty() ? null : items.get(0);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
