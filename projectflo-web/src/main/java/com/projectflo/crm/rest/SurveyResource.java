package com.projectflo.crm.rest;

import com.projectflo.crm.application.SurveyAnswer;
import com.projectflo.crm.application.SurveyService;
import com.projectflo.platform.application.InvalidInputException;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/surveys}: satisfaction surveys, as the caller may see them, and their answers. */
@Path("/surveys")
@RequestScoped
@Tag(name = "Surveys", description = "Client satisfaction surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class SurveyResource {

  @Inject private SurveyService surveys;

  @Inject private Validator validator;

  @GET
  @Operation(
      summary = "List surveys",
      description =
          "A portal user's own surveys (pending=true: those awaiting its answer); all surveys for"
              + " clients.read. Newest first.")
  @APIResponse(responseCode = "200", description = "One page of surveys")
  public ListResponse<SurveyResponse> list(
      @Parameter(
              description = "true: unanswered only; false: answered only; absent: both",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("pending")
          String pending,
      @Parameter(
              description = "Page size, 1 to 200",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor) {
    InputErrors errors = new InputErrors();
    Boolean pendingOnly =
        pending == null || pending.isBlank() ? null : errors.bool("pending", pending, false);
    var page = errors.validated(validator, errors.page(limit, cursor));
    return ListResponse.of(surveys.listSurveys(pendingOnly, page), SurveyResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Get a survey",
      description = "A portal user its own client's surveys; the studio with clients.read.")
  @APIResponse(
      responseCode = "200",
      description = "The survey",
      content = @Content(schema = @Schema(implementation = SurveyResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public SurveyResponse get(@PathParam("id") int id) {
    return SurveyResponse.of(surveys.getSurvey(id));
  }

  @POST
  @Path("{id}/response")
  @Operation(
      summary = "Answer a survey",
      description =
          "Once: a second answer is a 409. The portal user of the project's client answers"
              + " (surveys.answer); the studio may record an answer received otherwise"
              + " (clients.write).")
  @APIResponse(
      responseCode = "200",
      description = "The answered survey",
      content = @Content(schema = @Schema(implementation = SurveyResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public SurveyResponse answer(@PathParam("id") int id, SurveyAnswerRequest body) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    SurveyAnswer answer = new InputErrors().validated(validator, body.toAnswer());
    return SurveyResponse.of(surveys.answerSurvey(id, answer));
  }
}
