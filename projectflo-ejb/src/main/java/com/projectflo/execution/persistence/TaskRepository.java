package com.projectflo.execution.persistence;

import com.projectflo.execution.model.Task;
import com.projectflo.execution.model.TaskDependency;
import com.projectflo.execution.model.TaskStatus;
import com.projectflo.ledger.model.BuildComponent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tasks and their dependencies; joins the caller's transaction. */
@ApplicationScoped
public class TaskRepository {

  static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";
  static final String JOIN_FETCH = "eclipselink.join-fetch";

  /** Statuses whose tasks no longer block their dependents. */
  public static final Set<TaskStatus> DONE = Set.of(TaskStatus.COMPLETED, TaskStatus.ARCHIVED);

  /** Statuses of work still to do. */
  public static final Set<TaskStatus> OPEN =
      Set.of(TaskStatus.TO_DO, TaskStatus.READY_TO_START, TaskStatus.IN_PROGRESS);

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  /** The task with its project, template and assignee (with contact). */
  public Optional<Task> findById(int id) {
    return em.createNamedQuery(Task.FIND_WITH_DETAILS, Task.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Every task of a project with template and assignee, by id. */
  public List<Task> findByProject(int projectId) {
    return em.createNamedQuery(Task.FIND_BY_PROJECT, Task.class)
        .setParameter("project", projectId)
        .getResultList();
  }

  /** A project's open tasks whose component a change order removed. */
  public List<Task> findOpenWithoutComponent(int projectId) {
    return em.createNamedQuery(Task.FIND_OPEN_WITHOUT_COMPONENT, Task.class)
        .setParameter("project", projectId)
        .setParameter("open", OPEN)
        .getResultList();
  }

  /** The tasks of these components (none when the collection is empty). */
  public List<Task> findByComponents(Collection<Integer> componentIds) {
    if (componentIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(Task.FIND_BY_COMPONENTS, Task.class)
        .setParameter("components", componentIds)
        .getResultList();
  }

  /** The components of the build of a project, with deliverable, scene and style. */
  public List<BuildComponent> componentsOfProject(int projectId) {
    return em.createQuery(
            "SELECT c FROM BuildComponent c JOIN c.buildDeliverable d"
                + " WHERE d.build.project.id = :project ORDER BY d.id, c.id",
            BuildComponent.class)
        .setParameter("project", projectId)
        .setHint(JOIN_FETCH, "c.buildDeliverable")
        .setHint(JOIN_FETCH, "c.buildDeliverable.deliverable")
        .setHint(JOIN_FETCH, "c.coverageScene")
        .setHint(JOIN_FETCH, "c.editingStyle")
        .getResultList();
  }

  /**
   * Serializes changes of the project's dependencies until the transaction ends (a
   * transaction-level advisory lock per project): a cycle check and the insert it allows cannot
   * interleave with another change of the same project's dependencies.
   */
  public void lockDependencies(int projectId) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('task_dependencies'), ?1)")
        .setParameter(1, projectId)
        .getSingleResult();
  }

  public void add(Task task) {
    em.persist(task);
  }

  public void add(TaskDependency dependency) {
    em.persist(dependency);
  }

  public void remove(TaskDependency dependency) {
    em.remove(dependency);
  }

  public void flush() {
    em.flush();
  }

  /** The dependencies touching any of these tasks, as blocker or dependent. */
  public List<TaskDependency> dependenciesAmong(Collection<Integer> taskIds) {
    if (taskIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT d FROM TaskDependency d WHERE d.blockingTask.id IN :ids"
                + " OR d.dependentTask.id IN :ids ORDER BY d.id",
            TaskDependency.class)
        .setParameter("ids", taskIds)
        .getResultList();
  }

  /** What blocks the task and what it blocks, each with its task (and template). */
  public List<TaskDependency> dependenciesOf(int taskId) {
    return em.createQuery(
            "SELECT d FROM TaskDependency d WHERE d.blockingTask.id = :task"
                + " OR d.dependentTask.id = :task ORDER BY d.id",
            TaskDependency.class)
        .setParameter("task", taskId)
        .setHint(JOIN_FETCH, "d.blockingTask")
        .setHint(JOIN_FETCH, "d.blockingTask.taskTemplate")
        .setHint(JOIN_FETCH, "d.dependentTask")
        .setHint(JOIN_FETCH, "d.dependentTask.taskTemplate")
        .getResultList();
  }

  public Optional<TaskDependency> findDependency(int blockingTaskId, int dependentTaskId) {
    return em.createQuery(
            "SELECT d FROM TaskDependency d WHERE d.blockingTask.id = :blocking"
                + " AND d.dependentTask.id = :dependent",
            TaskDependency.class)
        .setParameter("blocking", blockingTaskId)
        .setParameter("dependent", dependentTaskId)
        .getResultStream()
        .findFirst();
  }

  /** How many blockers of the task are not done yet. */
  public long countOpenBlockers(int taskId) {
    return em.createQuery(
            "SELECT COUNT(d) FROM TaskDependency d WHERE d.dependentTask.id = :task"
                + " AND d.blockingTask.status NOT IN :done",
            Long.class)
        .setParameter("task", taskId)
        .setParameter("done", DONE)
        .getSingleResult();
  }

  /**
   * The To-Do dependents of a task whose blockers are all done, with assignee and contact: the
   * tasks that become Ready to Start when it is done.
   */
  public List<Task> readyDependentsOf(int taskId) {
    return em.createQuery(
            "SELECT t FROM Task t WHERE t.status = :todo AND EXISTS (SELECT d FROM"
                + " TaskDependency d WHERE d.dependentTask = t AND d.blockingTask.id = :task)"
                + " AND NOT EXISTS (SELECT o FROM TaskDependency o WHERE o.dependentTask = t"
                + " AND o.blockingTask.status NOT IN :done) ORDER BY t.id",
            Task.class)
        .setParameter("todo", TaskStatus.TO_DO)
        .setParameter("task", taskId)
        .setParameter("done", DONE)
        .setHint(LEFT_JOIN_FETCH, "t.assignedContributor")
        .setHint(LEFT_JOIN_FETCH, "t.taskTemplate")
        .getResultList();
  }

  /** Whether {@code to} can be reached from {@code from} by following dependencies downstream. */
  public boolean reaches(int from, int to) {
    Object found =
        em.createNativeQuery(
                "WITH RECURSIVE downstream(id) AS ("
                    + " SELECT dependent_task_id FROM task_dependencies WHERE blocking_task_id = ?1"
                    + " UNION SELECT d.dependent_task_id FROM task_dependencies d"
                    + " JOIN downstream s ON d.blocking_task_id = s.id)"
                    + " SELECT COUNT(*) FROM downstream WHERE id = ?2")
            .setParameter(1, from)
            .setParameter(2, to)
            .getSingleResult();
    return ((Number) found).longValue() > 0;
  }

  /**
   * One page in (due date nulls last, id) order after the cursor key; all filters optional. Fetches
   * template, project and assignee (with contact) in the same statement.
   */
  public List<Task> findPage(TaskSearch search, int limit) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (search.projectId() != null) {
      conditions.add("t.project.id = :project");
      parameters.put("project", search.projectId());
    }
    if (search.projectIds() != null) {
      conditions.add("t.project.id IN :projects");
      parameters.put("projects", search.projectIds().isEmpty() ? List.of(-1) : search.projectIds());
    }
    if (search.assigneeId() != null) {
      conditions.add("t.assignedContributor.id = :assignee");
      parameters.put("assignee", search.assigneeId());
    }
    if (search.statuses() != null) {
      conditions.add("t.status IN :statuses");
      parameters.put("statuses", search.statuses());
    }
    if (search.clientVisibleOnly()) {
      conditions.add("t.clientVisible = TRUE");
    }
    if (search.dueFrom() != null) {
      conditions.add("t.dueDate >= :dueFrom");
      parameters.put("dueFrom", search.dueFrom());
    }
    if (search.dueTo() != null) {
      conditions.add("t.dueDate <= :dueTo");
      parameters.put("dueTo", search.dueTo());
    }
    if (search.dueBefore() != null) {
      conditions.add("t.dueDate < :dueBefore");
      parameters.put("dueBefore", search.dueBefore());
    }
    if (search.afterId() != null) {
      if (search.afterDueDate() == null) {
        conditions.add("(t.dueDate IS NULL AND t.id > :afterId)");
      } else {
        conditions.add(
            "(t.dueDate > :afterDue OR (t.dueDate = :afterDue AND t.id > :afterId)"
                + " OR t.dueDate IS NULL)");
        parameters.put("afterDue", search.afterDueDate());
      }
      parameters.put("afterId", search.afterId());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<Task> query =
        em.createQuery(
            "SELECT t FROM Task t" + where + " ORDER BY t.dueDate ASC NULLS LAST, t.id ASC",
            Task.class);
    parameters.forEach(query::setParameter);
    return query
        .setHint(JOIN_FETCH, "t.taskTemplate")
        .setHint(JOIN_FETCH, "t.project")
        .setHint(LEFT_JOIN_FETCH, "t.buildComponent")
        .setHint(LEFT_JOIN_FETCH, "t.assignedContributor")
        .setHint(LEFT_JOIN_FETCH, "t.assignedContributor.contact")
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * What to list. {@code projectIds} non-null restricts to those projects; {@code dueBefore} keeps
   * due dates strictly before it; the cursor key is {@code afterDueDate}/{@code afterId}.
   */
  public record TaskSearch(
      Integer projectId,
      Collection<Integer> projectIds,
      Integer assigneeId,
      Collection<TaskStatus> statuses,
      boolean clientVisibleOnly,
      LocalDate dueFrom,
      LocalDate dueTo,
      LocalDate dueBefore,
      LocalDate afterDueDate,
      Integer afterId) {}
}
