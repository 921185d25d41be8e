package com.projectflo.operations.persistence;

import com.projectflo.operations.model.BatchJobRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The application's record of job executions. */
@ApplicationScoped
public class BatchJobRunRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public void add(BatchJobRun run) {
    em.persist(run);
  }

  public Optional<BatchJobRun> find(long executionId) {
    return Optional.ofNullable(em.find(BatchJobRun.class, executionId));
  }

  /** Newest first, executions before {@code beforeId}; {@code jobName} null for every job. */
  public List<BatchJobRun> findPage(String jobName, long beforeId, int limit) {
    TypedQuery<BatchJobRun> query =
        jobName == null
            ? em.createNamedQuery(BatchJobRun.FIND_PAGE, BatchJobRun.class)
            : em.createNamedQuery(BatchJobRun.FIND_PAGE_OF_JOB, BatchJobRun.class)
                .setParameter("job", jobName);
    return query.setParameter("before", beforeId).setMaxResults(limit).getResultList();
  }
}
