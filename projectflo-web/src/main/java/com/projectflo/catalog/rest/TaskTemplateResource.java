package com.projectflo.catalog.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.catalog.application.CatalogKind;
import com.projectflo.catalog.application.TaskTemplateService;
import com.projectflo.catalog.model.TaskTemplate;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/catalog/task-templates}: reusable tasks with their effort rules and pricing, and what
 * they come to for a given target length.
 */
@Path("/catalog/task-templates")
@RequestScoped
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class TaskTemplateResource extends CatalogResourceBase<TaskTemplate, TaskTemplateResponse> {

  @Inject TaskTemplateService templates;

  @POST
  @Operation(
      summary = "Create a task template",
      description =
          "The name is unique, ignoring case (409 otherwise). effortCalculationRules is checked"
              + " key by key. Needs catalog.write.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag headers set",
      content = @Content(schema = @Schema(implementation = TaskTemplateResponse.class)))
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response create(TaskTemplateRequest body, @Context UriInfo uri) {
    return created(templates.create(details(body, TaskTemplateRequest::toDetails)), uri);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Replace a task template",
      description =
          "Fields left out become empty; an absent active keeps the flag. Honours If-Match. Needs"
              + " catalog.write.")
  @APIResponse(
      responseCode = "200",
      description = "The updated task template",
      content = @Content(schema = @Schema(implementation = TaskTemplateResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response replace(
      @PathParam("id") int id,
      TaskTemplateRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(
        templates.update(
            id, details(body, TaskTemplateRequest::toDetails), ifMatchVersion(ifMatch)));
  }

  @GET
  @Path("{id}/effort")
  @Operation(
      summary = "Effort and price of a task template for a target length",
      description =
          "Effort from the rules (else effortHours), price fixedPrice or effort × hourlyRate,"
              + " both rounded to cents HALF_EVEN. Needs catalog.read.")
  @APIResponse(
      responseCode = "200",
      description = "The estimate",
      content = @Content(schema = @Schema(implementation = EffortEstimateResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public EffortEstimateResponse effort(
      @PathParam("id") int id,
      @Parameter(
              description = "Length of the component in minutes, ≥ 0; absent counts as 0",
              schema = @Schema(type = SchemaType.NUMBER, example = "12.5"))
          @QueryParam("targetMinutes")
          String targetMinutes) {
    return EffortEstimateResponse.of(templates.estimate(id, minutes(targetMinutes)));
  }

  @POST
  @Path("effort-preview")
  @Operation(
      summary = "Effort and price of unsaved task template fields",
      description =
          "As GET {id}/effort, for rules being edited; nothing is saved. Needs" + " catalog.read.")
  @APIResponse(
      responseCode = "200",
      description = "The estimate",
      content = @Content(schema = @Schema(implementation = EffortEstimateResponse.class)))
  public EffortEstimateResponse preview(EffortPreviewRequest body) {
    return EffortEstimateResponse.of(
        templates.preview(details(body, EffortPreviewRequest::toDetails)));
  }

  @Override
  protected CatalogKind kind() {
    return CatalogKind.TASK_TEMPLATE;
  }

  @Override
  protected Class<TaskTemplate> type() {
    return TaskTemplate.class;
  }

  @Override
  protected TaskTemplateResponse response(TaskTemplate template) {
    return TaskTemplateResponse.of(template);
  }

  private static BigDecimal minutes(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      BigDecimal minutes = new BigDecimal(value.strip());
      if (minutes.signum() >= 0) {
        return minutes;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException("targetMinutes", "must be a number ≥ 0");
  }
}
