package com.projectflo.crm.rest;

import com.projectflo.crm.application.ActivityService;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/** {@code /api/me/agenda}: the caller's own pending activities. */
@Path("/me/agenda")
@RequestScoped
@Tag(name = "Activities")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class AgendaResource {

  static final int DEFAULT_DAYS = 7;
  static final int MAX_DAYS = 90;

  @Inject private ActivityService activities;

  @GET
  @Operation(
      summary = "My agenda",
      description =
          "The caller's pending activities with a due date: overdue (before today), today, and"
              + " upcoming (the next days), each by due date then id. Any contributor; portal"
              + " users get 403.")
  @APIResponse(
      responseCode = "200",
      description = "The agenda",
      content = @Content(schema = @Schema(implementation = AgendaResponse.class)))
  public AgendaResponse agenda(
      @Parameter(
              description = "How many days after today upcoming covers, 0 to 90",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      defaultValue = "7",
                      minimum = "0",
                      maximum = "90"))
          @QueryParam("days")
          String days) {
    InputErrors errors = new InputErrors();
    int span = errors.integer("days", days, DEFAULT_DAYS);
    if (span < 0 || span > MAX_DAYS) {
      errors.add("days", "must be between 0 and " + MAX_DAYS);
    }
    errors.throwIfAny();
    return AgendaResponse.of(activities.agenda(span));
  }
}
