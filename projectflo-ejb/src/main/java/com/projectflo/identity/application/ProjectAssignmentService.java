package com.projectflo.identity.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.model.ProjectAssignment;
import com.projectflo.identity.model.Role;
import com.projectflo.identity.persistence.ProjectAssignmentRepository;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Who works on a project and in which project role. Assigning notifies the contributor; the role
 * decides what the contributor may do on that project (see {@link ProjectAccess}).
 */
@Stateless
public class ProjectAssignmentService {

  private static final String ENTITY = "project-assignment";

  @Inject private ProjectAssignmentRepository assignments;

  @Inject private ProjectAccess projectAccess;

  @Inject private ContributorService contributors;

  @Inject private RoleService roles;

  @Inject private ProjectStaffing staffing;

  @Inject private AuditTrail audit;

  @RequiresPermission
  public List<ProjectAssignment> listAssignments(int projectId) {
    projectAccess.require(projectId, Permissions.PROJECTS_READ);
    return assignments.findByProject(projectId);
  }

  /** Puts the contributor on the project with the role, or changes its role there. */
  @RequiresPermission
  public ProjectAssignment assign(int projectId, int contributorId, int roleId) {
    projectAccess.require(projectId, Permissions.ASSIGNMENTS_WRITE);
    Contributor contributor = contributors.find(contributorId);
    if (contributor.isArchived()) {
      throw new ConflictException("contributorId", "contributor " + contributorId + " is archived");
    }
    Role role = roles.find(roleId);
    Optional<ProjectAssignment> existing = assignments.find(projectId, contributorId);
    AssignmentState before = existing.map(AssignmentState::of).orElse(null);
    ProjectAssignment assignment = staffing.place(projectId, contributor, role);
    audit.record(
        existing.isPresent() ? "project_assignment.update" : "project_assignment.create",
        ENTITY,
        assignment.getId(),
        before,
        AssignmentState.of(assignment));
    return assignment;
  }

  @RequiresPermission
  public void unassign(int projectId, int contributorId) {
    projectAccess.require(projectId, Permissions.ASSIGNMENTS_WRITE);
    ProjectAssignment assignment =
        assignments
            .find(projectId, contributorId)
            .orElseThrow(
                () ->
                    new NoSuchResourceException(
                        "Assignment of contributor " + contributorId + " to project", projectId));
    AssignmentState before = AssignmentState.of(assignment);
    staffing.remove(assignment);
    audit.record("project_assignment.delete", ENTITY, assignment.getId(), before, null);
  }

  /** The audited state of an assignment. */
  record AssignmentState(int projectId, int contributorId, int roleId) {
    static AssignmentState of(ProjectAssignment assignment) {
      return new AssignmentState(
          assignment.getProject().getId(),
          assignment.getContributor().getId(),
          assignment.getRole().getId());
    }
  }
}
