package com.projectflo.execution.rest;

import com.projectflo.execution.application.CalendarService;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/contributors/{id}/conflicts}: overlapping events on a contributor's calendar. */
@Path("/contributors/{id}/conflicts")
@RequestScoped
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class ContributorConflictResource {

  @Inject private CalendarService calendar;

  @GET
  @Operation(
      summary = "Calendar conflicts of a contributor",
      description =
          "Every pair of its events that overlap during the days from..to (inclusive, studio time"
              + " zone, under 366 days): double-booking when both are project assignments, else"
              + " overlap. One's own, or with calendar.read.")
  @APIResponse(responseCode = "200", description = "The conflicts, earliest first")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public ConflictResponse conflicts(
      @PathParam("id") int id,
      @Parameter(required = true, schema = @Schema(format = "date")) @QueryParam("from")
          String from,
      @Parameter(required = true, schema = @Schema(format = "date")) @QueryParam("to") String to) {
    InputErrors errors = new InputErrors();
    LocalDate first = errors.requiredDate("from", from);
    LocalDate last = errors.requiredDate("to", to);
    errors.throwIfAny();
    return ConflictResponse.of(id, first, last, calendar.findConflicts(id, first, last));
  }
}
