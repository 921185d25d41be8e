package com.projectflo.execution.application;

import com.projectflo.execution.model.Project;
import com.projectflo.execution.persistence.ProjectRepository;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Reads projects as the caller may see them: every project with {@code projects.all}, the projects
 * a contributor is assigned to otherwise, a client's own projects for its portal user.
 */
@Stateless
public class ProjectDirectory {

  @Inject private ProjectRepository projects;

  @Inject private CurrentCaller currentCaller;

  @Inject private ProjectAccess projectAccess;

  @RequiresPermission(clientUsers = true)
  public Page<Project> listProjects(@NotNull @Valid PageRequest page) {
    Caller caller = currentCaller.get();
    Integer clientId = caller.isClientUser() ? caller.clientId() : null;
    Integer contributorId =
        caller.isContributor()
                && !(caller.seesAllProjects() && caller.holds(Permissions.PROJECTS_READ))
            ? caller.id()
            : null;
    List<Project> rows =
        projects.findPage(
            clientId, contributorId, Permissions.PROJECTS_READ, page.afterId(), page.limit() + 1);
    return page.page(rows, p -> KeysetCursor.encode(p.getId()));
  }

  @RequiresPermission(clientUsers = true)
  public Project getProject(int id) {
    projectAccess.require(id, Permissions.PROJECTS_READ);
    return projects.findById(id).orElseThrow();
  }
}
