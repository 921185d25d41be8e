package com.projectflo.execution.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.audit.application.NotificationService;
import com.projectflo.execution.model.CalendarEvent;
import com.projectflo.execution.model.Task;
import com.projectflo.execution.model.TaskStatus;
import com.projectflo.execution.persistence.CalendarEventRepository;
import com.projectflo.execution.persistence.SkillRateRepository;
import com.projectflo.execution.persistence.TaskRepository;
import com.projectflo.identity.application.ProjectStaffing;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.model.Role;
import com.projectflo.identity.persistence.ContributorRepository;
import com.projectflo.identity.persistence.ProjectAssignmentRepository;
import com.projectflo.identity.persistence.RoleRepository;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.Money;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who does a task (docs/scheduling.md, "Assignment"; cost rules in docs/profitability.md): the rate
 * snapshot, the planned hours of a task not started, the project staffing and the calendar
 * warnings. A task with hours logged keeps its assignee and rate, so that the cost of work done
 * never changes. tasks.write on the task's project.
 */
@Stateless
public class TaskAssignmentService {

  static final String ENTITY = TaskService.ENTITY;

  @Inject private TaskAccess taskAccess;

  @Inject private TaskRepository tasks;

  @Inject private SkillRateRepository skillRates;

  @Inject private ContributorRepository contributors;

  @Inject private ProjectAssignmentRepository assignments;

  @Inject private RoleRepository roles;

  @Inject private CalendarEventRepository calendar;

  @Inject private CrewSettings crew;

  @Inject private ProjectStaffing staffing;

  @Inject private NotificationService notifications;

  @Inject private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "projectflo.tasks.default-project-role", defaultValue = "Editor")
  private String defaultProjectRole;

  /**
   * Assigns the task: snapshots the contributor's rate for the template (its skill rate, else its
   * default rate), re-plans a task not started (the contributor's benchmark, else the template's
   * estimate), puts the contributor on the project with the default project role when missing, and
   * reports the contributor's calendar events on the due date (a day of the studio's zone).
   */
  @RequiresPermission
  public TaskAssignment assignTask(int id, @NotNull Integer contributorId, Long expectedVersion) {
    Task task = taskAccess.writable(id, expectedVersion);
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
    boolean sameAssignee =
        task.getAssignedContributor() != null
            && contributorId.equals(task.getAssignedContributor().getId());
    if (!sameAssignee) {
      requireNoLoggedHours(task, "given to another contributor");
    }
    TaskState before = TaskState.of(task);
    int templateId = task.getTaskTemplate().getId();
    task.setAssignedContributor(contributor);
    if (!(sameAssignee && hasLoggedHours(task))) {
      task.setRateAtTimeOfAssignment(
          Money.of(
              skillRates
                  .find(contributorId, templateId)
                  .map(rate -> rate.getRate())
                  .orElse(contributor.getDefaultHourlyRate())));
    }
    if (task.isNotStarted()) {
      task.setPlannedDurationHours(
          PlannedHours.withBenchmark(task, skillRates.findBenchmark(contributorId, templateId)));
    }
    boolean placed = placeOnProject(task, contributor);
    notifications.notify(
        contributor,
        "Task " + task.getTaskTemplate().getName() + " (#" + id + ") is assigned to you",
        "/api/tasks/" + id);
    List<CalendarEvent> conflicts = eventsOnDueDay(task, contributorId);
    tasks.flush();
    audit.record("task.assign", ENTITY, id, before, TaskState.of(task));
    return new TaskAssignment(task, conflicts, placed);
  }

  /**
   * Takes the assignee off a task with no hours logged: the rate snapshot goes back to 0 and a task
   * not started is planned from its template again.
   */
  @RequiresPermission
  public Task unassignTask(int id, Long expectedVersion) {
    Task task = taskAccess.writable(id, expectedVersion);
    if (task.getAssignedContributor() == null) {
      throw new NoSuchResourceException("Assignee of task", id);
    }
    requireNoLoggedHours(task, "left without its assignee");
    TaskState before = TaskState.of(task);
    task.setAssignedContributor(null);
    task.setRateAtTimeOfAssignment(Money.ZERO);
    if (task.isNotStarted()) {
      task.setPlannedDurationHours(PlannedHours.templateEstimate(task));
    }
    tasks.flush();
    audit.record("task.unassign", ENTITY, id, before, TaskState.of(task));
    return task;
  }

  /**
   * Hours logged are the assignee's work at its snapshotted rate (the labour cost): the assignee of
   * such a task does not change (409), so that the cost of work done is never repriced.
   */
  private static void requireNoLoggedHours(Task task, String change) {
    if (hasLoggedHours(task)) {
      throw new ConflictException(
          "actualHours",
          "Task "
              + task.getId()
              + " has "
              + task.getActualDurationHours()
              + " hours logged at "
              + task.getRateAtTimeOfAssignment()
              + " an hour: it cannot be "
              + change
              + ", which would change the cost of work already done."
              + " Set its hours to 0 first if they were logged by mistake");
    }
  }

  private static boolean hasLoggedHours(Task task) {
    return task.getActualDurationHours() != null && task.getActualDurationHours().signum() > 0;
  }

  /** Puts the contributor on the task's project with the default project role when missing. */
  private boolean placeOnProject(Task task, Contributor contributor) {
    int projectId = task.getProject().getId();
    if (assignments.find(projectId, contributor.getId()).isPresent()) {
      return false;
    }
    Role role =
        roles
            .findByName(defaultProjectRole)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "projectflo.tasks.default-project-role names no role: "
                            + defaultProjectRole));
    staffing.place(projectId, contributor, role);
    return true;
  }

  /** The contributor's events overlapping the due date, a day of the studio's time zone. */
  private List<CalendarEvent> eventsOnDueDay(Task task, int contributorId) {
    LocalDate due = task.getDueDate();
    if (due == null) {
      return List.of();
    }
    return calendar.findOverlapping(
        contributorId, crew.startOf(due), crew.startOf(due.plusDays(1)));
  }
}
