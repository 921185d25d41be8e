package com.projectflo.execution.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.automation.application.TaskRescheduler;
import com.projectflo.automation.application.TaskSettings;
import com.projectflo.execution.model.Project;
import com.projectflo.execution.persistence.ProjectRepository;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's production schedule (docs/scheduling.md): its edit start, set at booking and changed
 * here, and the due dates of its open tasks that follow it. Needs projects.write on the project.
 */
@Stateless
public class ProjectScheduleService {

  static final String RESOURCE = "Project";

  @Inject private ProjectRepository projects;

  @Inject private ProjectAccess projectAccess;

  @Inject private TaskRescheduler rescheduler;

  @Inject private TaskSettings settings;

  @Inject private AuditTrail audit;

  /**
   * Sets the day editing starts (between the wedding and the delivery deadline) and reschedules the
   * project's open tasks from it, under the build's row lock that task generation holds.
   */
  @RequiresPermission
  public Project changeEditStartDate(
      int projectId, @NotNull LocalDate editStartDate, Long expectedVersion) {
    projectAccess.require(projectId, Permissions.PROJECTS_WRITE);
    projects.lockBuildOf(projectId);
    Project project =
        projects
            .findById(projectId)
            .orElseThrow(() -> new NoSuchResourceException(RESOURCE, projectId));
    if (expectedVersion != null && expectedVersion != project.getVersion()) {
      throw new StaleVersionException(RESOURCE, projectId, expectedVersion, project.getVersion());
    }
    requireWithinProduction(project, editStartDate);
    EditStartState before = new EditStartState(project.getEditStartDate(), List.of());
    project.setEditStartDate(editStartDate);
    List<Integer> rescheduled = rescheduler.reschedule(project);
    projects.flush();
    audit.record(
        "project.change_edit_start_date",
        "project",
        projectId,
        before,
        new EditStartState(editStartDate, rescheduled));
    return project;
  }

  private void requireWithinProduction(Project project, LocalDate editStartDate) {
    LocalDate wedding = project.getWeddingDate();
    LocalDate deadline = settings.deliveryDeadline(wedding);
    if (editStartDate.isBefore(wedding)) {
      throw new InvalidInputException(
          "editStartDate", "must not be before the wedding date " + wedding);
    }
    if (editStartDate.isAfter(deadline)) {
      throw new InvalidInputException(
          "editStartDate", "must not be after the delivery deadline " + deadline);
    }
  }

  /** The audited state: the edit start, and the tasks whose due date it moved. */
  record EditStartState(LocalDate editStartDate, List<Integer> rescheduledTaskIds) {}
}
