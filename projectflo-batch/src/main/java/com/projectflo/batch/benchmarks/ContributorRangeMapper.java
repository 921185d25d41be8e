package com.projectflo.batch.benchmarks;

import com.projectflo.automation.application.BenchmarkService;
import com.projectflo.automation.application.ContributorIdRange;
import com.projectflo.batch.SystemCaller;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/**
 * Splits the contributors with completed work into {@code partitions} ranges of ids, one partition
 * each, run in parallel (each partition is one set-based statement over its range). With nobody to
 * benchmark there is one empty partition.
 */
@Named
@Dependent
public class ContributorRangeMapper implements PartitionMapper {

  static final String FROM = "fromContributorId";
  static final String TO = "toContributorId";

  @Inject
  @BatchProperty(name = "partitions")
  String partitions;

  @Inject private SystemCaller system;

  @Inject private BenchmarkService benchmarks;

  @Override
  public PartitionPlan mapPartitions() {
    int wanted = partitions == null || partitions.isBlank() ? 2 : Integer.parseInt(partitions);
    List<ContributorIdRange> ranges =
        system
            .call(benchmarks::contributorsToBenchmark)
            .map(range -> range.split(wanted))
            .orElse(List.of());
    PartitionPlanImpl plan = new PartitionPlanImpl();
    if (ranges.isEmpty()) {
      plan.setPartitions(1);
      plan.setPartitionProperties(new Properties[] {new Properties()});
      return plan;
    }
    Properties[] properties = new Properties[ranges.size()];
    for (int i = 0; i < ranges.size(); i++) {
      properties[i] = new Properties();
      properties[i].setProperty(FROM, String.valueOf(ranges.get(i).from()));
      properties[i].setProperty(TO, String.valueOf(ranges.get(i).to()));
    }
    plan.setPartitions(ranges.size());
    plan.setThreads(ranges.size());
    plan.setPartitionProperties(properties);
    return plan;
  }
}
