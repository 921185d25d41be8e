package com.projectflo.batch.benchmarks;

import com.projectflo.automation.application.BenchmarkRun;
import com.projectflo.automation.application.BenchmarkService;
import com.projectflo.automation.application.ContributorIdRange;
import com.projectflo.batch.SystemCaller;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One partition of the benchmarks job: recomputes the averages of its range of contributors in one
 * transaction (a partition without a range has nothing to do). A failed partition fails the step; a
 * restart runs the failed partitions again (recomputing is idempotent).
 */
@Named
@Dependent
public class BenchmarkRecomputeBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = ContributorRangeMapper.FROM)
  String from;

  @Inject
  @BatchProperty(name = ContributorRangeMapper.TO)
  String to;

  @Inject private SystemCaller system;

  @Inject private BenchmarkService benchmarks;

  @Override
  public String process() {
    if (from == null || from.isBlank()) {
      return "NOTHING_TO_BENCHMARK";
    }
    ContributorIdRange range =
        new ContributorIdRange(Integer.parseInt(from.strip()), Integer.parseInt(to.strip()));
    BenchmarkRun run = system.call(() -> benchmarks.recomputeAverages(range));
    return "UPDATED=" + run.updated() + ",CLEARED=" + run.cleared();
  }
}
