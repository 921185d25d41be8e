package com.projectflo.execution.persistence;

import com.projectflo.execution.model.TaskComment;
import com.projectflo.execution.model.TaskCommentVisibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Comments on tasks; joins the caller's transaction. */
@ApplicationScoped
public class TaskCommentRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public void add(TaskComment comment) {
    em.persist(comment);
    em.flush();
  }

  /** The comment with its task, author and author's contact. */
  public Optional<TaskComment> findById(int id) {
    return em.createQuery("SELECT c FROM TaskComment c WHERE c.id = :id", TaskComment.class)
        .setParameter("id", id)
        .setHint(TaskRepository.JOIN_FETCH, "c.task")
        .setHint(TaskRepository.LEFT_JOIN_FETCH, "c.contributor")
        .setHint(TaskRepository.LEFT_JOIN_FETCH, "c.contributor.contact")
        .getResultStream()
        .findFirst();
  }

  /**
   * One page of a task's comments in id order after {@code afterId}, with their authors; only the
   * given visibility when it is not null.
   */
  public List<TaskComment> findPage(
      int taskId, TaskCommentVisibility only, Integer afterId, int limit) {
    TypedQuery<TaskComment> query =
        em.createQuery(
                "SELECT c FROM TaskComment c WHERE c.task.id = :task"
                    + (only == null ? "" : " AND c.visibility = :only")
                    + (afterId == null ? "" : " AND c.id > :after")
                    + " ORDER BY c.id",
                TaskComment.class)
            .setParameter("task", taskId)
            .setHint(TaskRepository.LEFT_JOIN_FETCH, "c.contributor")
            .setHint(TaskRepository.LEFT_JOIN_FETCH, "c.contributor.contact");
    if (only != null) {
      query.setParameter("only", only);
    }
    if (afterId != null) {
      query.setParameter("after", afterId);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
