package com.projectflo.identity.application;

import com.projectflo.audit.application.NotificationService;
import com.projectflo.execution.model.Project;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.model.ProjectAssignment;
import com.projectflo.identity.model.Role;
import com.projectflo.identity.persistence.ProjectAssignmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Puts contributors on projects and takes them off, inside the caller's transaction: no permission
 * check and no audit row (the calling service does both). Fires {@link ContributorAssigned} and
 * {@link ContributorUnassigned} so the crew calendar can follow.
 */
@ApplicationScoped
public class ProjectStaffing {

  @Inject private ProjectAssignmentRepository assignments;

  @Inject private NotificationService notifications;

  @Inject private Event<ContributorAssigned> assigned;

  @Inject private Event<ContributorUnassigned> unassigned;

  /** Assigns the contributor with the role, or changes its role there; notifies the contributor. */
  public ProjectAssignment place(int projectId, Contributor contributor, Role role) {
    Optional<ProjectAssignment> existing = assignments.find(projectId, contributor.getId());
    ProjectAssignment assignment =
        existing.orElseGet(
            () -> {
              ProjectAssignment created = new ProjectAssignment();
              created.setProject(assignments.projectReference(projectId));
              created.setContributor(contributor);
              return created;
            });
    assignment.setRole(role);
    assignments.save(assignment);
    Project project = assignment.getProject();
    notifications.notify(
        contributor,
        "You are on project "
            + (project.getProjectName() == null ? "#" + projectId : project.getProjectName())
            + " as "
            + role.getName(),
        "/api/projects/" + projectId);
    if (existing.isEmpty()) {
      assigned.fire(new ContributorAssigned(projectId, contributor.getId()));
    }
    return assignment;
  }

  /** Takes the contributor off the project. */
  public void remove(ProjectAssignment assignment) {
    int projectId = assignment.getProject().getId();
    int contributorId = assignment.getContributor().getId();
    assignments.remove(assignment);
    unassigned.fire(new ContributorUnassigned(projectId, contributorId));
  }
}
