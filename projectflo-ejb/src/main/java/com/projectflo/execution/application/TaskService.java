package com.projectflo.execution.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.automation.application.TaskGeneration;
import com.projectflo.automation.application.TaskGenerator;
import com.projectflo.execution.model.Task;
import com.projectflo.execution.model.TaskStatus;
import com.projectflo.execution.persistence.ProjectRepository;
import com.projectflo.execution.persistence.TaskRepository;
import com.projectflo.execution.persistence.TaskRepository.TaskSearch;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.persistence.AccessRepository;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.Money;
import com.projectflo.platform.application.Page;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The task workflow (docs/scheduling.md): reading and listing tasks, moving them through {@link
 * TaskWorkflow}, logging hours, rescheduling, client visibility and regeneration (assignment:
 * {@link TaskAssignmentService}; dependencies: {@link TaskDependencyService}). Project-scoped:
 * tasks.read / tasks.write on the task's project ({@link ProjectAccess}); a client's portal user
 * reads the client-visible tasks of its own projects only.
 */
@Stateless
public class TaskService {

  static final String RESOURCE = TaskAccess.RESOURCE;
  static final String ENTITY = "task";

  @Inject private TaskRepository tasks;

  @Inject private TaskAccess taskAccess;

  @Inject private TaskReadiness readiness;

  @Inject private ProjectRepository projects;

  @Inject private AccessRepository access;

  @Inject private CrewSettings crew;

  @Inject private TaskGenerator generator;

  @Inject private ProjectAccess projectAccess;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  @RequiresPermission(clientUsers = true)
  public Task getTask(int id) {
    return readable(id);
  }

  /**
   * A project's tasks by due date (undated last), then id; portal users see client-visible ones.
   */
  @RequiresPermission(clientUsers = true)
  public Page<Task> listProjectTasks(int projectId, @NotNull @Valid TaskListQuery query) {
    Caller caller = projectAccess.require(projectId, Permissions.TASKS_READ);
    return page(query, projectId, null, query.assigneeId(), caller.isClientUser(), null);
  }

  /** A project's tasks grouped by status, every status present (empty lists too). */
  @RequiresPermission(clientUsers = true)
  public Map<TaskStatus, List<Task>> getBoard(int projectId) {
    Caller caller = projectAccess.require(projectId, Permissions.TASKS_READ);
    Map<TaskStatus, List<Task>> board = new EnumMap<>(TaskStatus.class);
    for (TaskStatus status : TaskStatus.values()) {
      board.put(status, new ArrayList<>());
    }
    for (Task task : tasks.findByProject(projectId)) {
      if (!caller.isClientUser() || task.isClientVisible()) {
        board.get(task.getStatus()).add(task);
      }
    }
    return board;
  }

  /** The caller's own tasks, by due date then id. */
  @RequiresPermission(Permissions.TASKS_READ)
  public Page<Task> listMyTasks(@NotNull @Valid TaskListQuery query) {
    return page(query, null, null, currentCaller.get().id(), false, null);
  }

  /**
   * Open tasks due before today (in the studio's time zone) on the projects where the caller may
   * read tasks: every project with projects.all, else those of its assignments.
   */
  @RequiresPermission(Permissions.TASKS_READ)
  public Page<Task> listOverdueTasks(@NotNull @Valid TaskListQuery query) {
    Caller caller = currentCaller.get();
    List<Integer> readable =
        caller.seesAllProjects()
            ? null
            : access.projectsGranting(caller.id(), Permissions.TASKS_READ);
    if (query.status() != null && !TaskRepository.OPEN.contains(query.status())) {
      throw new InvalidInputException(
          "status", "overdue tasks are To-Do, Ready to Start or In Progress");
    }
    return page(query, null, readable, query.assigneeId(), false, crew.today());
  }

  /** Moves the task along the workflow; completing or archiving it promotes ready dependents. */
  @RequiresPermission
  public Task changeStatus(int id, @NotNull TaskStatus to, Long expectedVersion) {
    Task task = writable(id, expectedVersion);
    TaskStatus from = task.getStatus();
    if (!TaskWorkflow.allows(from, to)) {
      throw new IllegalTaskTransitionException(id, from, to, null);
    }
    if (to == TaskStatus.READY_TO_START && tasks.countOpenBlockers(id) > 0) {
      throw new IllegalTaskTransitionException(id, from, to, "a task it waits for is not done");
    }
    TaskState before = TaskState.of(task);
    task.setStatus(to);
    if (to == TaskStatus.ARCHIVED) {
      task.setAutoArchived(false);
    }
    List<Integer> promoted =
        TaskRepository.DONE.contains(to) ? readiness.promoteDependentsOf(task) : List.of();
    tasks.flush();
    audit.record("task.change_status", ENTITY, id, before, TaskState.of(task, promoted));
    return task;
  }

  /** Sets the hours actually spent so far (≥ 0, two decimals). */
  @RequiresPermission
  public Task logActualHours(
      int id,
      @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal hours,
      Long expectedVersion) {
    Task task = writable(id, expectedVersion);
    TaskState before = TaskState.of(task);
    task.setActualDurationHours(Money.of(hours));
    tasks.flush();
    audit.record("task.log_hours", ENTITY, id, before, TaskState.of(task));
    return task;
  }

  @RequiresPermission
  public Task rescheduleTask(int id, @NotNull LocalDate dueDate, Long expectedVersion) {
    Task task = writable(id, expectedVersion);
    TaskState before = TaskState.of(task);
    task.setDueDate(dueDate);
    tasks.flush();
    audit.record("task.reschedule", ENTITY, id, before, TaskState.of(task));
    return task;
  }

  @RequiresPermission
  public Task setClientVisibility(int id, boolean visible, Long expectedVersion) {
    Task task = writable(id, expectedVersion);
    TaskState before = TaskState.of(task);
    task.setClientVisible(visible);
    tasks.flush();
    audit.record("task.set_client_visibility", ENTITY, id, before, TaskState.of(task));
    return task;
  }

  /**
   * Runs task generation for the project again (docs/scheduling.md); idempotent. Takes the build's
   * row lock first, as booking and approval do: concurrent regenerations run one after the other
   * and the later ones find nothing to create.
   */
  @RequiresPermission
  public TaskGeneration regenerateTasks(int projectId) {
    projectAccess.require(projectId, Permissions.PROJECTS_WRITE);
    projects.lockBuildOf(projectId);
    TaskGeneration result = generator.synchronize(projectId);
    audit.record("task.regenerate", "project", projectId, null, result);
    return result;
  }

  private Page<Task> page(
      TaskListQuery query,
      Integer projectId,
      List<Integer> projectIds,
      Integer assigneeId,
      boolean clientVisibleOnly,
      LocalDate overdueOn) {
    if (query.dueFrom() != null
        && query.dueTo() != null
        && query.dueTo().isBefore(query.dueFrom())) {
      throw new InvalidInputException("dueTo", "must not be before dueFrom");
    }
    LocalDate afterDue = null;
    Integer afterId = null;
    if (query.cursor() != null) {
      KeysetCursor cursor = KeysetCursor.decode(query.cursor(), 2);
      afterDue = cursorDate(cursor.string(0));
      afterId = cursor.integer(1);
    }
    List<TaskStatus> statuses =
        query.status() != null
            ? List.of(query.status())
            : overdueOn != null ? List.copyOf(TaskRepository.OPEN) : null;
    List<Task> rows =
        tasks.findPage(
            new TaskSearch(
                projectId,
                projectIds,
                assigneeId,
                statuses,
                clientVisibleOnly,
                query.dueFrom(),
                query.dueTo(),
                overdueOn,
                afterDue,
                afterId),
            query.limit() + 1);
    if (rows.size() <= query.limit()) {
      return new Page<>(rows, null);
    }
    List<Task> shown = rows.subList(0, query.limit());
    Task last = shown.get(shown.size() - 1);
    return new Page<>(
        shown,
        KeysetCursor.encode(
            last.getDueDate() == null ? null : last.getDueDate().toString(), last.getId()));
  }

  private static LocalDate cursorDate(String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          KeysetCursor.PARAMETER,
          "is not a cursor returned by this endpoint; start again without it");
    }
  }

  private Task find(int id) {
    return taskAccess.find(id);
  }

  private Task readable(int id) {
    return taskAccess.readable(id);
  }

  private Task writable(int id, Long expectedVersion) {
    return taskAccess.writable(id, expectedVersion);
  }
}
