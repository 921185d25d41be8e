package com.projectflo.crm.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.crm.application.ActivityDetails;
import com.projectflo.crm.application.ActivityListQuery;
import com.projectflo.crm.application.ActivityService;
import com.projectflo.crm.model.Activity;
import com.projectflo.crm.model.ActivityStatus;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
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

/** {@code /api/activities}: calls, e-mails, meetings and to-dos, assigned to contributors. */
@Path("/activities")
@RequestScoped
@Tag(name = "Activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class ActivityResource {

  @Inject private ActivityService activities;

  @Inject private Validator validator;

  @POST
  @Operation(
      summary = "Create an activity",
      description =
          "About a contact, an inquiry or a project (at least one). Assigned to the caller unless"
              + " assignedContributorId says otherwise. Starts Pending. Needs activities.write.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag headers set",
      content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
  public Response create(ActivityRequest body, @Context UriInfo uri) {
    Activity activity = activities.createActivity(details(body));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(activity.getId())).build())
        .tag(etag(activity))
        .entity(ActivityResponse.of(activity))
        .build();
  }

  @GET
  @Operation(
      summary = "List activities",
      description =
          "By due date (undated last), then id. Without activities.write only the caller's own"
              + " activities. Pass nextCursor back as cursor for the next page.")
  @APIResponse(responseCode = "200", description = "One page of activities")
  public ListResponse<ActivityResponse> list(
      @Parameter(
              description = "Assigned contributor id",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("assigneeId")
          String assigneeId,
      @Parameter(
              description = "Status label",
              schema = @Schema(enumeration = {"Pending", "Completed"}))
          @QueryParam("status")
          String status,
      @Parameter(description = "Contact id", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("contactId")
          String contactId,
      @Parameter(description = "Inquiry id", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("inquiryId")
          String inquiryId,
      @Parameter(description = "Project id", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("projectId")
          String projectId,
      @Parameter(description = "Due on or after this date", schema = @Schema(format = "date"))
          @QueryParam("dueFrom")
          String dueFrom,
      @Parameter(description = "Due on or before this date", schema = @Schema(format = "date"))
          @QueryParam("dueTo")
          String dueTo,
      @Parameter(
              description = "Page size, 1 to 200",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      defaultValue = "50",
                      minimum = "1",
                      maximum = "200"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor) {
    InputErrors errors = new InputErrors();
    ActivityListQuery query =
        new ActivityListQuery(
            errors.optionalInteger("assigneeId", assigneeId),
            errors.label("status", status, ActivityStatus.class),
            errors.optionalInteger("contactId", contactId),
            errors.optionalInteger("inquiryId", inquiryId),
            errors.optionalInteger("projectId", projectId),
            errors.date("dueFrom", dueFrom),
            errors.date("dueTo", dueTo),
            errors.integer("limit", limit, ActivityListQuery.DEFAULT_LIMIT),
            cursor);
    return ListResponse.of(
        activities.listActivities(errors.validated(validator, query)), ActivityResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Get an activity",
      description = "The caller's own, or anyone's with activities.write.")
  @APIResponse(
      responseCode = "200",
      description = "The activity; ETag header set",
      content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response get(@PathParam("id") int id) {
    return ok(activities.getActivity(id));
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Replace the editable fields of an activity",
      description =
          "Fields left out become empty; an absent assignedContributorId keeps the assignee. The"
              + " status changes through complete and reopen only. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The updated activity",
      content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response replace(
      @PathParam("id") int id,
      ActivityRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(activities.updateActivity(id, details(body), ifMatchVersion(ifMatch)));
  }

  @POST
  @Path("{id}/complete")
  @Operation(
      summary = "Complete an activity",
      description = "Status Completed, completedAt now. Idempotent. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The completed activity",
      content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response complete(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(activities.completeActivity(id, ifMatchVersion(ifMatch)));
  }

  @POST
  @Path("{id}/reopen")
  @Operation(
      summary = "Reopen a completed activity",
      description = "Status Pending, completedAt cleared. Idempotent. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The pending activity",
      content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response reopen(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(activities.reopenActivity(id, ifMatchVersion(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete an activity",
      description =
          "A hard delete: activities have no archive state. The audit log keeps its last state."
              + " Honours If-Match.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response delete(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    activities.deleteActivity(id, ifMatchVersion(ifMatch));
    return Response.noContent().build();
  }

  /** An optional integer query parameter: absent stays null. */
  private ActivityDetails details(ActivityRequest body) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    return errors.validated(validator, body.toDetails(errors));
  }

  private static Response ok(Activity activity) {
    return Response.ok(ActivityResponse.of(activity)).tag(etag(activity)).build();
  }

  private static EntityTag etag(Activity activity) {
    return new EntityTag(String.valueOf(activity.getVersion()));
  }
}
