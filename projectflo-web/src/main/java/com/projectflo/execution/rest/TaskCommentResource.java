package com.projectflo.execution.rest;

import com.projectflo.execution.application.TaskCommentService;
import com.projectflo.execution.model.TaskCommentVisibility;
import com.projectflo.execution.rest.TaskRequests.CommentRequest;
import com.projectflo.platform.rest.InputErrors;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tasks/{id}/comments}: comments on a task, Internal or Client-Visible; a portal user
 * sees the Client-Visible comments of client-visible tasks of its own projects only.
 */
@Path("/tasks/{id}/comments")
@RequestScoped
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class TaskCommentResource {

  @Inject private TaskCommentService comments;

  @Inject private Validator validator;

  @GET
  @Operation(
      summary = "A task's comments",
      description =
          "Oldest first. A portal user sees the Client-Visible comments of client-visible tasks"
              + " of its own projects only.")
  @APIResponse(responseCode = "200", description = "One page of comments")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public ListResponse<TaskCommentResponse> list(
      @PathParam("id") int id,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    InputErrors errors = new InputErrors();
    var page = errors.validated(validator, errors.page(limit, cursor));
    return ListResponse.of(comments.listComments(id, page), TaskCommentResponse::of);
  }

  @GET
  @Path("{commentId}")
  @Operation(
      summary = "One comment of a task",
      description =
          "A portal user sees the Client-Visible comments of client-visible tasks of its own"
              + " projects only; any other comment answers 404.")
  @APIResponse(
      responseCode = "200",
      description = "The comment",
      content = @Content(schema = @Schema(implementation = TaskCommentResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public TaskCommentResponse get(@PathParam("id") int id, @PathParam("commentId") int commentId) {
    return TaskCommentResponse.of(comments.getComment(id, commentId));
  }

  @POST
  @Operation(summary = "Comment on a task", description = "Internal unless visibility says so.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is the new comment's URL",
      content = @Content(schema = @Schema(implementation = TaskCommentResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response create(@PathParam("id") int id, CommentRequest body, @Context UriInfo uri) {
    InputErrors errors = new InputErrors();
    String text = body == null || body.text() == null ? null : body.text().strip();
    if (text == null || text.isEmpty()) {
      errors.add("text", "is required");
    } else if (text.length() > 10_000) {
      errors.add("text", "must be at most 10000 characters");
    }
    TaskCommentVisibility visibility =
        errors.label(
            "visibility", body == null ? null : body.visibility(), TaskCommentVisibility.class);
    errors.throwIfAny();
    var comment = comments.addComment(id, text, visibility);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(comment.getId())).build())
        .entity(TaskCommentResponse.of(comment))
        .build();
  }
}
