package com.projectflo.identity.rest;

import com.projectflo.identity.application.CalendarTokenService;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/contributors/{id}/calendar-token}: the calendar connection of a contributor. */
@Path("/contributors/{id}/calendar-token")
@RequestScoped
@Tag(name = "Team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class CalendarTokenResource {

  @Inject private CalendarTokenService calendarTokens;

  @Inject private Validator validator;

  @GET
  @Operation(
      summary = "Status of the calendar connection",
      description = "Oneself, or with contributors.write. The token is never returned.")
  @APIResponse(responseCode = "200", description = "The status")
  public CalendarTokenResponse get(@PathParam("id") int id) {
    return CalendarTokenResponse.of(calendarTokens.getStatus(id));
  }

  @PUT
  @Operation(
      summary = "Register or replace the calendar refresh token",
      description = "Stored encrypted (AES-256-GCM).")
  @APIResponse(responseCode = "200", description = "The new status")
  @APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public CalendarTokenResponse put(@PathParam("id") int id, CalendarTokenRequest body) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    return CalendarTokenResponse.of(
        calendarTokens.register(id, errors.validated(validator, body.toRegistration(errors))));
  }

  @DELETE
  @Operation(summary = "Remove the calendar connection", description = "Idempotent.")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response delete(@PathParam("id") int id) {
    calendarTokens.remove(id);
    return Response.noContent().build();
  }
}
