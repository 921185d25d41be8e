package com.projectflo.execution.rest;

import com.projectflo.execution.application.CapacityService;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** {@code /api/capacity}: crew load per ISO week against capacity. */
@Path("/capacity")
@RequestScoped
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class CapacityResource {

  static final int DEFAULT_WEEKS = 4;
  static final int MAX_WEEKS = 52;

  @Inject private CapacityService capacity;

  @GET
  @Operation(
      summary = "Crew capacity",
      description =
          "For the weeks ISO weeks from the week of from (default today in the studio's time zone), each contributor's"
              + " planned hours of open tasks by due date against the weekly capacity"
              + " (projectflo.capacity.weekly-hours, 40 by default); a week above it is overloaded."
              + " Needs reports.read or projects.all.")
  @APIResponse(responseCode = "200", description = "The load of every contributor with open work")
  public CapacityResponse get(
      @Parameter(
              description = "Number of weeks, 1 to 52",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "4"))
          @QueryParam("weeks")
          String weeks,
      @Parameter(description = "A day of the first week", schema = @Schema(format = "date"))
          @QueryParam("from")
          String from) {
    InputErrors errors = new InputErrors();
    int count = errors.integer("weeks", weeks, DEFAULT_WEEKS);
    if (count < 1 || count > MAX_WEEKS) {
      errors.add("weeks", "must be between 1 and " + MAX_WEEKS);
    }
    LocalDate start = errors.date("from", from);
    errors.throwIfAny();
    return CapacityResponse.of(capacity.capacity(start, count));
  }
}
