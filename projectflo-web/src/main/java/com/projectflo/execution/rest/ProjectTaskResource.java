package com.projectflo.execution.rest;

import com.projectflo.execution.application.TaskService;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/projects/{projectId}/tasks}: a project's tasks, its board and regeneration. */
@Path("/projects/{projectId}/tasks")
@RequestScoped
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class ProjectTaskResource {

  @Inject private TaskService tasks;

  @Inject private Validator validator;

  @GET
  @Operation(
      summary = "A project's tasks",
      description =
          "By due date (undated last) then id, filtered by status, assignee and due range. A"
              + " portal user sees the client-visible tasks of its own projects only.")
  @APIResponse(responseCode = "200", description = "One page of tasks")
  public ListResponse<TaskResponse> list(
      @PathParam("projectId") int projectId,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {
                        "To-Do",
                        "Ready to Start",
                        "In Progress",
                        "Completed",
                        "Archived"
                      }))
          @QueryParam("status")
          String status,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("assigneeId")
          String assigneeId,
      @Parameter(schema = @Schema(format = "date")) @QueryParam("dueFrom") String dueFrom,
      @Parameter(schema = @Schema(format = "date")) @QueryParam("dueTo") String dueTo,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return ListResponse.of(
        tasks.listProjectTasks(
            projectId,
            TaskResource.query(validator, status, assigneeId, dueFrom, dueTo, limit, cursor)),
        TaskResponse::of);
  }

  @GET
  @Path("board")
  @Operation(
      summary = "A project's task board",
      description = "Every status in workflow order with its tasks (id order) and count.")
  @APIResponse(
      responseCode = "200",
      description = "The board",
      content = @Content(schema = @Schema(implementation = TaskBoardResponse.class)))
  public TaskBoardResponse board(@PathParam("projectId") int projectId) {
    return TaskBoardResponse.of(projectId, tasks.getBoard(projectId));
  }

  @POST
  @Path("regenerate")
  @Operation(
      summary = "Generate the project's tasks again",
      description =
          "Creates the tasks missing for included components, archives the open tasks of"
              + " excluded ones and reopens those of components included again"
              + " (docs/scheduling.md). Idempotent. Needs projects.write on the project.")
  @APIResponse(
      responseCode = "200",
      description = "What changed",
      content = @Content(schema = @Schema(implementation = TaskGenerationResponse.class)))
  public TaskGenerationResponse regenerate(@PathParam("projectId") int projectId) {
    return TaskGenerationResponse.of(tasks.regenerateTasks(projectId));
  }
}
