package com.projectflo.automation.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Contributor benchmarks (docs/batch.md): {@code contributor_average_hours} is the mean of the
 * actual hours (when logged, > 0) of the completed tasks a contributor did per task template,
 * rounded to 2 decimals. Recomputed set-based, one statement per range of contributors (the
 * benchmarks job runs ranges in parallel); {@code contributor_default_hours} is never touched.
 */
@Stateless
public class BenchmarkService {

  /** Writes every average of the range that is new or changed. */
  private static final String UPSERT =
      """
      INSERT INTO contributor_task_benchmarks
             (contributor_id, task_template_id, contributor_average_hours)
      SELECT t.assigned_to_contributor_id, t.task_template_id,
             ROUND(AVG(t.actual_duration_hours), 2)
        FROM tasks t
       WHERE t.completed_at IS NOT NULL AND t.actual_duration_hours > 0
         AND t.assigned_to_contributor_id BETWEEN ?1 AND ?2
       GROUP BY t.assigned_to_contributor_id, t.task_template_id
      ON CONFLICT (contributor_id, task_template_id) DO UPDATE
         SET contributor_average_hours = EXCLUDED.contributor_average_hours
       WHERE contributor_task_benchmarks.contributor_average_hours
             IS DISTINCT FROM EXCLUDED.contributor_average_hours
      """;

  /**
   * Clears averages whose completed work is gone (e.g. the contributor was taken off the tasks).
   */
  private static final String CLEAR =
      """
      UPDATE contributor_task_benchmarks b
         SET contributor_average_hours = NULL
       WHERE b.contributor_id BETWEEN ?1 AND ?2
         AND b.contributor_average_hours IS NOT NULL
         AND NOT EXISTS (
           SELECT 1 FROM tasks t
            WHERE t.assigned_to_contributor_id = b.contributor_id
              AND t.task_template_id = b.task_template_id
              AND t.completed_at IS NOT NULL AND t.actual_duration_hours > 0)
      """;

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @Inject private AuditTrail audit;

  /** The ids of the contributors with completed work or benchmarks; empty when there are none. */
  @RequiresPermission(Permissions.BATCH_RUN)
  public Optional<ContributorIdRange> contributorsToBenchmark() {
    Object[] bounds =
        (Object[])
            em.createNativeQuery(
                    "SELECT MIN(id), MAX(id) FROM ("
                        + " SELECT MIN(assigned_to_contributor_id) AS id FROM tasks"
                        + "  WHERE completed_at IS NOT NULL"
                        + " UNION ALL SELECT MAX(assigned_to_contributor_id) FROM tasks"
                        + "  WHERE completed_at IS NOT NULL"
                        + " UNION ALL SELECT MIN(contributor_id) FROM contributor_task_benchmarks"
                        + " UNION ALL SELECT MAX(contributor_id) FROM contributor_task_benchmarks"
                        + ") bounds")
                .getSingleResult();
    if (bounds[0] == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ContributorIdRange(((Number) bounds[0]).intValue(), ((Number) bounds[1]).intValue()));
  }

  /** Recomputes the averages of the contributors in {@code range}, in one transaction. */
  @RequiresPermission(Permissions.BATCH_RUN)
  public BenchmarkRun recomputeAverages(ContributorIdRange range) {
    int updated =
        em.createNativeQuery(UPSERT)
            .setParameter(1, range.from())
            .setParameter(2, range.to())
            .executeUpdate();
    int cleared =
        em.createNativeQuery(CLEAR)
            .setParameter(1, range.from())
            .setParameter(2, range.to())
            .executeUpdate();
    BenchmarkRun run = new BenchmarkRun(range.from(), range.to(), updated, cleared);
    audit.record(
        "benchmarks.recompute", "benchmark_run", range.from() + ".." + range.to(), null, run);
    return run;
  }
}
