package com.projectflo.execution.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.execution.application.TaskAssignmentService;
import com.projectflo.execution.application.TaskDependencyService;
import com.projectflo.execution.application.TaskListQuery;
import com.projectflo.execution.application.TaskService;
import com.projectflo.execution.model.Task;
import com.projectflo.execution.model.TaskStatus;
import com.projectflo.execution.rest.TaskRequests.ActualHoursRequest;
import com.projectflo.execution.rest.TaskRequests.AssigneeRequest;
import com.projectflo.execution.rest.TaskRequests.ClientVisibilityRequest;
import com.projectflo.execution.rest.TaskRequests.DependencyRequest;
import com.projectflo.execution.rest.TaskRequests.DueDateRequest;
import com.projectflo.execution.rest.TaskRequests.StatusRequest;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tasks}: one task, its workflow, assignment, hours, due date, client visibility and
 * dependencies; my tasks and overdue tasks (docs/scheduling.md). Comments: {@link
 * TaskCommentResource}.
 */
@Path("/tasks")
@RequestScoped
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class TaskResource {

  @Inject private TaskService tasks;

  @Inject private TaskAssignmentService assignments;

  @Inject private TaskDependencyService dependencies;

  @Inject private Validator validator;

  @GET
  @Path("mine")
  @Operation(
      summary = "My tasks",
      description = "Tasks assigned to the caller, by due date (undated last) then id.")
  @APIResponse(responseCode = "200", description = "One page of tasks")
  public ListResponse<TaskResponse> mine(
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
      @Parameter(schema = @Schema(format = "date")) @QueryParam("dueFrom") String dueFrom,
      @Parameter(schema = @Schema(format = "date")) @QueryParam("dueTo") String dueTo,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return ListResponse.of(
        tasks.listMyTasks(query(status, null, dueFrom, dueTo, limit, cursor)), TaskResponse::of);
  }

  @GET
  @Path("overdue")
  @Operation(
      summary = "Overdue tasks",
      description =
          "Open tasks (To-Do, Ready to Start, In Progress) due before today (in the studio's time"
              + " zone, PROJECTFLO_CALENDAR_ZONE) on the projects where the caller may read tasks,"
              + " by due date then id.")
  @APIResponse(responseCode = "200", description = "One page of tasks")
  public ListResponse<TaskResponse> overdue(
      @Parameter(schema = @Schema(enumeration = {"To-Do", "Ready to Start", "In Progress"}))
          @QueryParam("status")
          String status,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("assigneeId")
          String assigneeId,
      @Parameter(schema = @Schema(format = "date")) @QueryParam("dueFrom") String dueFrom,
      @Parameter(schema = @Schema(format = "date")) @QueryParam("dueTo") String dueTo,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return ListResponse.of(
        tasks.listOverdueTasks(query(status, assigneeId, dueFrom, dueTo, limit, cursor)),
        TaskResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Get a task",
      description = "A portal user sees the client-visible tasks of its own projects only.")
  @APIResponse(
      responseCode = "200",
      description = "The task; ETag header set",
      content = @Content(schema = @Schema(implementation = TaskResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response get(@PathParam("id") int id) {
    return ok(tasks.getTask(id));
  }

  @POST
  @Path("{id}/status")
  @Operation(
      summary = "Move a task along its workflow",
      description =
          "To-Do → Ready to Start (when every task it waits for is done) → In Progress →"
              + " Completed → Archived; a task not started may be archived. Completing or"
              + " archiving promotes the dependents whose blockers are all done and notifies"
              + " their assignees. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The task",
      content = @Content(schema = @Schema(implementation = TaskResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response changeStatus(
      @PathParam("id") int id,
      StatusRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    InputErrors errors = new InputErrors();
    TaskStatus status = null;
    if (body == null || body.status() == null) {
      errors.add("status", "is required");
    } else {
      status = errors.label("status", body.status(), TaskStatus.class);
    }
    errors.throwIfAny();
    return ok(tasks.changeStatus(id, status, ifMatchVersion(ifMatch)));
  }

  @PUT
  @Path("{id}/assignee")
  @Operation(
      summary = "Assign a task",
      description =
          "Snapshots the contributor's skill rate for the template (else its default rate),"
              + " re-plans a task not started from the contributor's benchmark (else the"
              + " template's estimate), puts the contributor on the project (default project role)"
              + " when missing, and warns about its calendar events on the due date (a day of the"
              + " studio's time zone). A task with hours logged keeps its assignee (409). Honours"
              + " If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The task and the warnings",
      content = @Content(schema = @Schema(implementation = TaskAssignmentResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public TaskAssignmentResponse assign(
      @PathParam("id") int id,
      AssigneeRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    if (body == null || body.contributorId() == null) {
      throw new InvalidInputException("contributorId", "is required");
    }
    return TaskAssignmentResponse.of(
        assignments.assignTask(id, body.contributorId(), ifMatchVersion(ifMatch)));
  }

  @DELETE
  @Path("{id}/assignee")
  @Operation(
      summary = "Unassign a task",
      description =
          "The rate snapshot goes back to 0 and a task not started is planned from its template"
              + " again; a task with hours logged keeps its assignee (409). Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The task",
      content = @Content(schema = @Schema(implementation = TaskResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response unassign(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(assignments.unassignTask(id, ifMatchVersion(ifMatch)));
  }

  @PUT
  @Path("{id}/actual-hours")
  @Operation(
      summary = "Log the hours spent on a task",
      description = "The total so far: ≥ 0, at most two decimals. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The task",
      content = @Content(schema = @Schema(implementation = TaskResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response logHours(
      @PathParam("id") int id,
      ActualHoursRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    BigDecimal hours = body == null ? null : body.actualHours();
    if (hours == null) {
      throw new InvalidInputException("actualHours", "is required");
    }
    if (hours.signum() < 0) {
      throw new InvalidInputException("actualHours", "must be ≥ 0");
    }
    if (hours.stripTrailingZeros().scale() > 2
        || hours.compareTo(new BigDecimal("999999.99")) > 0) {
      throw new InvalidInputException(
          "actualHours", "must have at most two decimals and six integer digits");
    }
    return ok(tasks.logActualHours(id, hours, ifMatchVersion(ifMatch)));
  }

  @PUT
  @Path("{id}/due-date")
  @Operation(summary = "Change a task's due date", description = "Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The task",
      content = @Content(schema = @Schema(implementation = TaskResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response reschedule(
      @PathParam("id") int id,
      DueDateRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    InputErrors errors = new InputErrors();
    var due = errors.requiredDate("dueDate", body == null ? null : body.dueDate());
    errors.throwIfAny();
    return ok(tasks.rescheduleTask(id, due, ifMatchVersion(ifMatch)));
  }

  @PUT
  @Path("{id}/client-visibility")
  @Operation(
      summary = "Show a task to the client or hide it",
      description = "Portal users see client-visible tasks only. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The task",
      content = @Content(schema = @Schema(implementation = TaskResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response setClientVisibility(
      @PathParam("id") int id,
      ClientVisibilityRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    if (body == null || body.clientVisible() == null) {
      throw new InvalidInputException("clientVisible", "is required (true or false)");
    }
    return ok(tasks.setClientVisibility(id, body.clientVisible(), ifMatchVersion(ifMatch)));
  }

  @GET
  @Path("{id}/dependencies")
  @Operation(summary = "What a task waits for and what waits for it")
  @APIResponse(
      responseCode = "200",
      description = "The dependencies",
      content = @Content(schema = @Schema(implementation = TaskDependenciesResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public TaskDependenciesResponse dependencies(@PathParam("id") int id) {
    return TaskDependenciesResponse.of(dependencies.getDependencies(id));
  }

  @POST
  @Path("{id}/dependencies")
  @Operation(
      summary = "Make a task wait for another",
      description =
          "Same project only; the task itself, another project's task or a cycle answer 400, a"
              + " task already started 409. A Ready to Start task waiting for an open task goes"
              + " back to To-Do.")
  @APIResponse(
      responseCode = "200",
      description = "The dependencies",
      content = @Content(schema = @Schema(implementation = TaskDependenciesResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public TaskDependenciesResponse addDependency(@PathParam("id") int id, DependencyRequest body) {
    if (body == null || body.blockingTaskId() == null) {
      throw new InvalidInputException("blockingTaskId", "is required");
    }
    return TaskDependenciesResponse.of(dependencies.addDependency(id, body.blockingTaskId()));
  }

  @DELETE
  @Path("{id}/dependencies/{blockingTaskId}")
  @Operation(
      summary = "Stop a task waiting for another",
      description = "A To-Do task with no open blocker left becomes Ready to Start.")
  @APIResponse(
      responseCode = "200",
      description = "The dependencies",
      content = @Content(schema = @Schema(implementation = TaskDependenciesResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public TaskDependenciesResponse removeDependency(
      @PathParam("id") int id, @PathParam("blockingTaskId") int blockingTaskId) {
    return TaskDependenciesResponse.of(dependencies.removeDependency(id, blockingTaskId));
  }

  private TaskListQuery query(
      String status, String assigneeId, String dueFrom, String dueTo, String limit, String cursor) {
    return query(validator, status, assigneeId, dueFrom, dueTo, limit, cursor);
  }

  /** A task list query from query parameters; every bad one is reported at once. */
  static TaskListQuery query(
      Validator validator,
      String status,
      String assigneeId,
      String dueFrom,
      String dueTo,
      String limit,
      String cursor) {
    InputErrors errors = new InputErrors();
    return errors.validated(
        validator,
        new TaskListQuery(
            errors.label("status", status, TaskStatus.class),
            errors.optionalInteger("assigneeId", assigneeId),
            errors.date("dueFrom", dueFrom),
            errors.date("dueTo", dueTo),
            errors.integer("limit", limit, TaskListQuery.DEFAULT_LIMIT),
            cursor));
  }

  static Response ok(Task task) {
    return Response.ok(TaskResponse.of(task))
        .tag(new EntityTag(String.valueOf(task.getVersion())))
        .build();
  }
}
