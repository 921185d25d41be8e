package com.projectflo.crm.rest;

import com.projectflo.crm.application.SurveyService;
import com.projectflo.crm.model.ClientFeedbackSurvey;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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

/** {@code /api/projects/{projectId}/surveys}: the surveys sent to a project's client. */
@Path("/projects/{projectId}/surveys")
@RequestScoped
@Tag(name = "Surveys", description = "Client satisfaction surveys")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class ProjectSurveyResource {

  @Inject private SurveyService surveys;

  @Inject private Validator validator;

  @POST
  @Operation(
      summary = "Send a satisfaction survey to the project's client",
      description =
          "Needs clients.write. Sent today (UTC); a project has at most one survey awaiting an"
              + " answer (409 otherwise).")
  @APIResponse(
      responseCode = "201",
      description = "Sent; Location header set",
      content = @Content(schema = @Schema(implementation = SurveyResponse.class)))
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response send(@PathParam("projectId") int projectId, @Context UriInfo uri) {
    ClientFeedbackSurvey survey = surveys.sendSurvey(projectId);
    return Response.created(uri.getBaseUri().resolve("surveys/" + survey.getId()))
        .entity(SurveyResponse.of(survey))
        .build();
  }

  @GET
  @Operation(summary = "List the project's surveys", description = "Newest first; clients.read.")
  @APIResponse(responseCode = "200", description = "One page of surveys")
  public ListResponse<SurveyResponse> list(
      @PathParam("projectId") int projectId,
      @Parameter(
              description = "Page size, 1 to 200",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor) {
    InputErrors errors = new InputErrors();
    var page = errors.validated(validator, errors.page(limit, cursor));
    return ListResponse.of(surveys.listProjectSurveys(projectId, page), SurveyResponse::of);
  }
}
