package com.projectflo.execution.rest;

import com.projectflo.execution.application.ProjectDirectory;
import com.projectflo.execution.application.ProjectScheduleService;
import com.projectflo.execution.model.Project;
import com.projectflo.identity.application.ProjectAssignmentService;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/projects}: the projects the caller may see, and who works on them. A project the
 * caller may not see answers 404.
 */
@Path("/projects")
@RequestScoped
@Tag(name = "Projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class ProjectResource {

  @Inject private ProjectDirectory projects;

  @Inject private ProjectAssignmentService assignments;

  @Inject private ProjectScheduleService schedule;

  @Inject private Validator validator;

  @GET
  @Operation(
      summary = "List the projects I may see",
      description =
          "All with projects.all; a contributor's assigned projects; a client's own projects.")
  @APIResponse(responseCode = "200", description = "One page, in id order")
  public ListResponse<ProjectResponse> list(
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    InputErrors errors = new InputErrors();
    var page = errors.validated(validator, errors.page(limit, cursor));
    return ListResponse.of(projects.listProjects(page), ProjectResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a project")
  @APIResponse(
      responseCode = "200",
      description = "The project; ETag header set",
      content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response get(@PathParam("id") int id) {
    return ok(projects.getProject(id));
  }

  @PUT
  @Path("{id}/edit-start-date")
  @Operation(
      summary = "Change the day editing starts",
      description =
          "Between the wedding date and the delivery deadline; needs projects.write on the"
              + " project. The open tasks (To-Do, Ready to Start, In Progress) get the due dates"
              + " generation gives them from the new edit start (docs/scheduling.md); completed and"
              + " archived tasks keep theirs. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The project; ETag header set",
      content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response changeEditStartDate(
      @PathParam("id") int id,
      EditStartDateRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    InputErrors errors = new InputErrors();
    var date = errors.requiredDate("editStartDate", body == null ? null : body.editStartDate());
    errors.throwIfAny();
    return ok(schedule.changeEditStartDate(id, date, InputErrors.ifMatchVersion(ifMatch)));
  }

  @GET
  @Path("{id}/assignments")
  @Operation(summary = "Who works on the project, in which role")
  @APIResponse(responseCode = "200", description = "The assignments")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public List<AssignmentResponse> assignments(@PathParam("id") int id) {
    return assignments.listAssignments(id).stream().map(AssignmentResponse::of).toList();
  }

  @PUT
  @Path("{id}/assignments/{contributorId}")
  @Operation(
      summary = "Put a contributor on the project, or change its project role",
      description = "Needs assignments.write on the project; the contributor is notified.")
  @APIResponse(responseCode = "200", description = "The assignment")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public AssignmentResponse assign(
      @PathParam("id") int id,
      @PathParam("contributorId") int contributorId,
      AssignmentRequest body) {
    if (body == null || body.roleId() == null) {
      throw new InvalidInputException("roleId", "is required");
    }
    return AssignmentResponse.of(assignments.assign(id, contributorId, body.roleId()));
  }

  @DELETE
  @Path("{id}/assignments/{contributorId}")
  @Operation(summary = "Take a contributor off the project")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response unassign(@PathParam("id") int id, @PathParam("contributorId") int contributorId) {
    assignments.unassign(id, contributorId);
    return Response.noContent().build();
  }

  private static Response ok(Project project) {
    return Response.ok(ProjectResponse.of(project))
        .tag(new EntityTag(String.valueOf(project.getVersion())))
        .build();
  }
}
