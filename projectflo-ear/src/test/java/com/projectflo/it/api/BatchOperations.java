package com.projectflo.it.api;

import static com.projectflo.it.api.Operations.ADMINS;
import static com.projectflo.it.api.Operations.op;

import com.projectflo.it.api.Operations.Operation;
import com.projectflo.it.api.Operations.Request;
import java.util.List;

/**
 * The catalogue entries (see {@link Operations}) of the batch API: batch.run, Admin only. Started
 * and restarted runs write their own audit rows while they run: the start comes last, after every
 * run the others make has ended, so that no audit row of a run falls into another operation's
 * count.
 */
final class BatchOperations {

  private BatchOperations() {}

  static void addTo(List<Operation> ops) {
    ops.add(op("GET", "/api/batch/jobs", () -> Request.of("/api/batch/jobs"), ADMINS, null));
    ops.add(
        op(
            "GET",
            "/api/batch/executions",
            () -> Request.of("/api/batch/executions?limit=5"),
            ADMINS,
            null));
    ops.add(
        op(
            "GET",
            "/api/batch/executions/{id}",
            () -> Request.of(BatchFixtures.EXECUTIONS + BatchFixtures.completedExecution()),
            ADMINS,
            null));
    ops.add(
        op(
            "POST",
            "/api/batch/executions/{id}/stop",
            () -> Request.of(BatchFixtures.EXECUTIONS + BatchFixtures.heldExecution() + "/stop"),
            ADMINS,
            "batch.stop"));
    ops.add(
        op(
            "POST",
            "/api/batch/executions/{id}/restart",
            () ->
                Request.of(
                    BatchFixtures.EXECUTIONS + BatchFixtures.stoppedExecution() + "/restart"),
            ADMINS,
            "batch.restart"));
    ops.add(
        op(
            "POST",
            "/api/batch/jobs/{name}/executions",
            () -> {
              BatchFixtures.awaitNoRun("invoicing");
              BatchFixtures.awaitNoRun("benchmarks");
              return Request.json("/api/batch/jobs/benchmarks/executions", "{}");
            },
            ADMINS,
            "batch.start"));
  }
}
