package com.projectflo.operations.application;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The batch jobs of ProjectFlo (job XML {@code META-INF/batch-jobs/<name>.xml} of the batch module)
 * and the parameters each accepts. Rules in docs/batch.md.
 */
public enum BatchJob {
  INVOICING(
      "invoicing",
      "Issues the invoices of the installments due by asOf, marks unpaid invoices due before asOf"
          + " overdue and sends the payment reminders of asOf. A second run for the same day"
          + " creates nothing new.",
      List.of(
          JobParameter.date("asOf", "The day of the run; default today in the batch time zone"),
          JobParameter.integer(
              "chunkSize", 1, 1000, 100, "Installments invoiced per transaction (checkpoint)"))),
  BENCHMARKS(
      "benchmarks",
      "Recomputes every contributor's average hours per task template from the actual hours of"
          + " completed tasks, in parallel partitions of contributors.",
      List.of(
          JobParameter.integer(
              "partitions", 1, 16, 2, "Ranges of contributors recomputed in parallel")));

  /**
   * Test-only parameters of the invoicing job, accepted only when {@code
   * projectflo.batch.fault-injection} is on, and never carried over to a restart: {@code
   * failAfterItems} fails the run once that many installments are written (before they commit);
   * {@code holdMillis} keeps the run waiting that long before it reads (a running execution to
   * stop).
   */
  public static final List<JobParameter> TEST_ONLY_PARAMETERS =
      List.of(
          JobParameter.integer(
              "failAfterItems",
              1,
              Integer.MAX_VALUE,
              null,
              "Test only: fail after this many invoiced installments, before committing them"),
          JobParameter.integer(
              "holdMillis",
              1,
              600_000,
              null,
              "Test only: wait this long (or until stopped) before reading"));

  private final String jobName;
  private final String description;
  private final List<JobParameter> parameters;

  BatchJob(String jobName, String description, List<JobParameter> parameters) {
    this.jobName = jobName;
    this.description = description;
    this.parameters = parameters;
  }

  public String jobName() {
    return jobName;
  }

  public String description() {
    return description;
  }

  public List<JobParameter> parameters() {
    return parameters;
  }

  public static Optional<BatchJob> named(String name) {
    return Arrays.stream(values()).filter(job -> job.jobName.equals(name)).findFirst();
  }
}
