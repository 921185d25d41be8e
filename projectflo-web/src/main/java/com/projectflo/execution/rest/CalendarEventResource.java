package com.projectflo.execution.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.execution.application.CalendarEventDetails;
import com.projectflo.execution.application.CalendarEventListQuery;
import com.projectflo.execution.application.CalendarService;
import com.projectflo.execution.model.CalendarEvent;
import com.projectflo.execution.model.CalendarEventType;
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

/** {@code /api/calendar/events}: the crew calendar. */
@Path("/calendar/events")
@RequestScoped
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class CalendarEventResource {

  private static final String EVENT_CONTENT = "The event; ETag header set";

  @Inject private CalendarService calendar;

  @Inject private Validator validator;

  @POST
  @Operation(
      summary = "Create a calendar event",
      description =
          "On the caller's calendar unless contributorId says otherwise. Needs calendar.write;"
              + " without it a contributor still creates its own PERSONAL and ABSENCE events."
              + " endTime after startTime; an all-day event starts and ends at midnight.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag headers set",
      content = @Content(schema = @Schema(implementation = CalendarEventResponse.class)))
  public Response create(CalendarEventRequest body, @Context UriInfo uri) {
    CalendarEvent event = calendar.createEvent(details(body));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(event.getId())).build())
        .tag(etag(event))
        .entity(CalendarEventResponse.of(event))
        .build();
  }

  @GET
  @Operation(
      summary = "List calendar events",
      description =
          "By start time, then id. from/to keep the events overlapping [from, to). Without"
              + " calendar.read only the caller's own events.")
  @APIResponse(responseCode = "200", description = "One page of events")
  public ListResponse<CalendarEventResponse> list(
      @Parameter(description = "Contributor id", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("contributorId")
          String contributorId,
      @Parameter(description = "Project id", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("projectId")
          String projectId,
      @Parameter(description = "Event type label") @QueryParam("type") String type,
      @Parameter(
              description = "Events ending after this instant",
              schema = @Schema(format = "date-time"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Events starting before this instant",
              schema = @Schema(format = "date-time"))
          @QueryParam("to")
          String to,
      @Parameter(
              description = "Page size, 1 to 200",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor) {
    InputErrors errors = new InputErrors();
    CalendarEventListQuery query =
        new CalendarEventListQuery(
            errors.optionalInteger("contributorId", contributorId),
            errors.optionalInteger("projectId", projectId),
            errors.label("type", type, CalendarEventType.class),
            errors.dateTime("from", from),
            errors.dateTime("to", to),
            errors.integer("limit", limit, CalendarEventListQuery.DEFAULT_LIMIT),
            cursor);
    return ListResponse.of(
        calendar.listEvents(errors.validated(validator, query)), CalendarEventResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a calendar event", description = "One's own, or with calendar.read.")
  @APIResponse(
      responseCode = "200",
      description = EVENT_CONTENT,
      content = @Content(schema = @Schema(implementation = CalendarEventResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response get(@PathParam("id") int id) {
    return ok(calendar.getEvent(id));
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Replace a calendar event",
      description = "The same rules as creation, for the old and the new state. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = EVENT_CONTENT,
      content = @Content(schema = @Schema(implementation = CalendarEventResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response replace(
      @PathParam("id") int id,
      CalendarEventRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(calendar.updateEvent(id, details(body), ifMatchVersion(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a calendar event", description = "Honours If-Match.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response delete(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    calendar.deleteEvent(id, ifMatchVersion(ifMatch));
    return Response.noContent().build();
  }

  private CalendarEventDetails details(CalendarEventRequest body) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    return errors.validated(validator, body.toDetails(errors));
  }

  private static Response ok(CalendarEvent event) {
    return Response.ok(CalendarEventResponse.of(event)).tag(etag(event)).build();
  }

  private static EntityTag etag(CalendarEvent event) {
    return new EntityTag(String.valueOf(event.getVersion()));
  }
}
