package com.projectflo.execution.rest;

import com.projectflo.execution.application.ProjectDashboardService;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/projects/{projectId}/dashboard}: delivery and profitability of a project. */
@Path("/projects/{projectId}/dashboard")
@RequestScoped
@Tag(name = "Projects")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class ProjectDashboardResource {

  @Inject private ProjectDashboardService dashboards;

  @GET
  @Operation(
      summary = "A project's dashboard",
      description =
          "Tasks by status, planned and actual hours, labour cost, expenses, revenue, margin and"
              + " margin %. Needs reports.read on the project.")
  @APIResponse(responseCode = "200", description = "The figures")
  public DashboardResponse get(@PathParam("projectId") int projectId) {
    return DashboardResponse.of(dashboards.getDashboard(projectId));
  }
}
