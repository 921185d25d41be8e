package com.projectflo.execution.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.audit.application.NotificationService;
import com.projectflo.automation.application.TaskGeneration;
import com.projectflo.automation.application.TaskGenerator;
import com.projectflo.automation.model.ContributorTaskBenchmark;
import com.projectflo.execution.model.CalendarEvent;
import com.projectflo.execution.model.Task;
import com.projectflo.execution.model.TaskDependency;
import com.projectflo.execution.model.TaskStatus;
import com.projectflo.execution.persistence.CalendarEventRepository;
import com.projectflo.execution.persistence.SkillRateRepository;
import com.projectflo.execution.persistence.TaskRepository;
import com.projectflo.execution.persistence.TaskRepository.TaskSearch;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.ProjectStaffing;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.model.Role;
import com.projectflo.identity.persistence.AccessRepository;
import com.projectflo.identity.persistence.ContributorRepository;
import com.projectflo.identity.persistence.ProjectAssignmentRepository;
import com.projectflo.identity.persistence.RoleRepository;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.Money;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The task workflow (docs/scheduling.md): reading and listing tasks, moving them through {@link
 * TaskWorkflow}, assigning them, logging hours, rescheduling, client visibility, dependencies and
 * regeneration. Project-scoped: tasks.read / tasks.write on the task's project ({@link
 * ProjectAccess}); a client's portal user reads the client-visible tasks of its own projects only.
 */
@Stateless
public class TaskService {

  static final String RESOURCE = TaskAccess.RESOURCE;
  static final String ENTITY = "task";

  @Inject private TaskRepository tasks;

  @Inject private TaskAccess taskAccess;

  @Inject private SkillRateRepository skillRates;

  @Inject private ContributorRepository contributors;

  @Inject private ProjectAssignmentRepository assignments;

  @Inject private RoleRepository roles;

  @Inject private AccessRepository access;

  @Inject private CalendarEventRepository calendar;

  @Inject private ProjectStaffing staffing;

  @Inject private NotificationService notifications;

  @Inject private TaskGenerator generator;

  @Inject private ProjectAccess projectAccess;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "projectflo.tasks.default-project-role", defaultValue = "Editor")
  private String defaultProjectRole;

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
   * Open tasks due before today (UTC) on the projects where the caller may read tasks: every
   * project with projects.all, else those of its assignments.
   */
  @RequiresPermission(Permissions.TASKS_READ)
  public Page<Task> listOverdueTasks(@NotNull @Valid TaskListQuery query) {
    Caller caller = currentCaller.get();
    List<Integer> projects =
        caller.seesAllProjects()
            ? null
            : access.projectsGranting(caller.id(), Permissions.TASKS_READ);
    if (query.status() != null && !TaskRepository.OPEN.contains(query.status())) {
      throw new InvalidInputException(
          "status", "overdue tasks are To-Do, Ready to Start or In Progress");
    }
    return page(query, null, projects, query.assigneeId(), false, LocalDate.now(ZoneOffset.UTC));
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
        TaskRepository.DONE.contains(to) ? promoteDependentsOf(task) : List.of();
    tasks.flush();
    audit.record("task.change_status", ENTITY, id, before, TaskState.of(task, promoted));
    return task;
  }

  /**
   * Assigns the task: snapshots the contributor's rate for the template (its skill rate, else its
   * default rate), re-plans a task not started from the contributor's benchmark, puts the
   * contributor on the project with the default project role when missing, and reports the
   * contributor's calendar events on the due date.
   */
  @RequiresPermission
  public TaskAssignment assignTask(int id, @NotNull Integer contributorId, Long expectedVersion) {
    Task task = writable(id, expectedVersion);
    if (task.getStatus() == TaskStatus.COMPLETED || task.getStatus() == TaskStatus.ARCHIVED) {
      throw new ConflictException(
          "status", "Task " + id + " is " + task.getStatus().label() + ": it cannot be assigned");
    }
    Contributor contributor =
        contributors
            .findById(contributorId)
            .orElseThrow(() -> new InvalidInputException("contributorId", "does not exist"));
    if (contributor.isArchived()) {
      throw new ConflictException("contributorId", "Contributor " + contributorId + " is archived");
    }
    TaskState before = TaskState.of(task);
    int templateId = task.getTaskTemplate().getId();
    task.setAssignedContributor(contributor);
    task.setRateAtTimeOfAssignment(
        Money.of(
            skillRates
                .find(contributorId, templateId)
                .map(rate -> rate.getRate())
                .orElse(contributor.getDefaultHourlyRate())));
    if (task.isNotStarted()) {
      skillRates
          .findBenchmark(contributorId, templateId)
          .map(TaskService::benchmarkHours)
          .ifPresent(hours -> task.setPlannedDurationHours(Money.of(hours)));
    }
    int projectId = task.getProject().getId();
    boolean placed = false;
    if (assignments.find(projectId, contributorId).isEmpty()) {
      Role role =
          roles
              .findByName(defaultProjectRole)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "projectflo.tasks.default-project-role names no role: "
                              + defaultProjectRole));
      staffing.place(projectId, contributor, role);
      placed = true;
    }
    notifications.notify(
        contributor,
        "Task " + task.getTaskTemplate().getName() + " (#" + id + ") is assigned to you",
        "/api/tasks/" + id);
    List<CalendarEvent> conflicts =
        task.getDueDate() == null
            ? List.of()
            : calendar.findOverlapping(
                contributorId,
                task.getDueDate().atStartOfDay().atOffset(ZoneOffset.UTC),
                task.getDueDate().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    tasks.flush();
    audit.record("task.assign", ENTITY, id, before, TaskState.of(task));
    return new TaskAssignment(task, conflicts, placed);
  }

  /** Takes the assignee off the task; the snapshotted rate goes back to 0. */
  @RequiresPermission
  public Task unassignTask(int id, Long expectedVersion) {
    Task task = writable(id, expectedVersion);
    if (task.getAssignedContributor() == null) {
      throw new NoSuchResourceException("Assignee of task", id);
    }
    TaskState before = TaskState.of(task);
    task.setAssignedContributor(null);
    task.setRateAtTimeOfAssignment(Money.ZERO);
    tasks.flush();
    audit.record("task.unassign", ENTITY, id, before, TaskState.of(task));
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

  @RequiresPermission
  public TaskDependencies getDependencies(int id) {
    Task task = find(id);
    projectAccess.require(task.getProject().getId(), Permissions.TASKS_READ);
    return dependencies(task);
  }

  /**
   * Makes the task wait for another task of the same project. Refused (400) for the task itself,
   * another project's task or a cycle; (409) once the task has started.
   */
  @RequiresPermission
  public TaskDependencies addDependency(int id, @NotNull Integer blockingTaskId) {
    Task task = writable(id, null);
    if (blockingTaskId == id) {
      throw new InvalidInputException("blockingTaskId", "must not be the task itself");
    }
    Task blocking =
        tasks
            .findById(blockingTaskId)
            .filter(b -> b.getProject().getId().equals(task.getProject().getId()))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "blockingTaskId", "must be a task of the same project"));
    if (tasks.findDependency(blockingTaskId, id).isPresent()) {
      throw new ConflictException(
          "blockingTaskId", "Task " + id + " already waits for task " + blockingTaskId);
    }
    if (tasks.reaches(id, blockingTaskId)) {
      throw new InvalidInputException(
          "blockingTaskId",
          "would make a cycle: task "
              + blockingTaskId
              + " already waits, directly or not, for task "
              + id);
    }
    if (!task.isNotStarted()) {
      throw new ConflictException(
          "status",
          "Task " + id + " is " + task.getStatus().label() + ": only tasks not started can wait");
    }
    TaskState before = TaskState.of(task);
    TaskDependency dependency = new TaskDependency();
    dependency.setBlockingTask(blocking);
    dependency.setDependentTask(task);
    tasks.add(dependency);
    if (task.getStatus() == TaskStatus.READY_TO_START
        && !TaskRepository.DONE.contains(blocking.getStatus())) {
      task.setStatus(TaskStatus.TO_DO);
    }
    tasks.flush();
    audit.record(
        "task_dependency.create", ENTITY, id, before, new DependencyState(blockingTaskId, task));
    return dependencies(task);
  }

  /** Stops the task waiting for another; a To-Do task with no open blocker left becomes ready. */
  @RequiresPermission
  public TaskDependencies removeDependency(int id, int blockingTaskId) {
    Task task = writable(id, null);
    TaskDependency dependency =
        tasks
            .findDependency(blockingTaskId, id)
            .orElseThrow(
                () ->
                    new NoSuchResourceException(
                        "Dependency of task " + id + " on task", blockingTaskId));
    TaskState before = TaskState.of(task);
    tasks.remove(dependency);
    tasks.flush();
    if (task.getStatus() == TaskStatus.TO_DO && tasks.countOpenBlockers(id) == 0) {
      promote(task);
      tasks.flush();
    }
    audit.record("task_dependency.delete", ENTITY, id, before, new DependencyState(null, task));
    return dependencies(task);
  }

  /** Runs task generation for the project again (docs/scheduling.md); idempotent. */
  @RequiresPermission
  public TaskGeneration regenerateTasks(int projectId) {
    projectAccess.require(projectId, Permissions.PROJECTS_WRITE);
    TaskGeneration result = generator.synchronize(projectId);
    audit.record("task.regenerate", "project", projectId, null, result);
    return result;
  }

  private TaskDependencies dependencies(Task task) {
    List<Task> blockedBy = new ArrayList<>();
    List<Task> blocks = new ArrayList<>();
    for (TaskDependency dependency : tasks.dependenciesOf(task.getId())) {
      if (dependency.getDependentTask().getId().equals(task.getId())) {
        blockedBy.add(dependency.getBlockingTask());
      } else {
        blocks.add(dependency.getDependentTask());
      }
    }
    return new TaskDependencies(task, blockedBy, blocks);
  }

  private List<Integer> promoteDependentsOf(Task task) {
    tasks.flush();
    List<Integer> promoted = new ArrayList<>();
    for (Task dependent : tasks.readyDependentsOf(task.getId())) {
      promote(dependent);
      promoted.add(dependent.getId());
    }
    return promoted;
  }

  /** Ready to Start, and the assignee (if any) hears of it. */
  private void promote(Task task) {
    task.setStatus(TaskStatus.READY_TO_START);
    if (task.getAssignedContributor() != null) {
      notifications.notify(
          task.getAssignedContributor(),
          "Task " + task.getTaskTemplate().getName() + " (#" + task.getId() + ") is ready to start",
          "/api/tasks/" + task.getId());
    }
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

  /** The benchmark's measured average when known, else the contributor's own default. */
  private static BigDecimal benchmarkHours(ContributorTaskBenchmark benchmark) {
    return benchmark.getContributorAverageHours() != null
        ? benchmark.getContributorAverageHours()
        : benchmark.getContributorDefaultHours();
  }

  private Task find(int id) {
    return taskAccess.find(id);
  }

  private Task readable(int id) {
    return taskAccess.readable(id);
  }

  private Task writable(int id, Long expectedVersion) {
    Task task = find(id);
    projectAccess.require(task.getProject().getId(), Permissions.TASKS_WRITE);
    if (expectedVersion != null && expectedVersion != task.getVersion()) {
      throw new StaleVersionException(RESOURCE, id, expectedVersion, task.getVersion());
    }
    return task;
  }

  /** The audited state of a dependency change: the blocker added (null on removal). */
  record DependencyState(Integer blockingTaskId, TaskStatus status) {
    DependencyState(Integer blockingTaskId, Task task) {
      this(blockingTaskId, task.getStatus());
    }
  }
}
