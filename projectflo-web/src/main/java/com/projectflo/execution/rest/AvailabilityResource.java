package com.projectflo.execution.rest;

import com.projectflo.execution.application.CalendarService;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/calendar/availability}: who is free on a date. */
@Path("/calendar/availability")
@RequestScoped
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class AvailabilityResource {

  @Inject private CalendarService calendar;

  @Inject private Validator validator;

  @GET
  @Operation(
      summary = "Who is free on a date",
      description =
          "Active contributors with no calendar event on that day (studio time zone), in id order,"
              + " with their skill rate for taskTemplateId when they have one, else their default"
              + " rate. Needs calendar.read.")
  @APIResponse(responseCode = "200", description = "One page of free contributors")
  public ListResponse<AvailabilityResponse> available(
      @Parameter(required = true, schema = @Schema(format = "date")) @QueryParam("date")
          String date,
      @Parameter(description = "Task template id", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("taskTemplateId")
          String taskTemplateId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    InputErrors errors = new InputErrors();
    LocalDate day = errors.requiredDate("date", date);
    Integer template = errors.optionalInteger("taskTemplateId", taskTemplateId);
    var page = errors.validated(validator, errors.page(limit, cursor));
    return ListResponse.of(calendar.findAvailable(day, template, page), AvailabilityResponse::of);
  }
}
