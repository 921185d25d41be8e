package com.projectflo.crm.rest;

import com.projectflo.crm.application.TimelineQuery;
import com.projectflo.crm.application.TimelineService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/timeline}: everything that happened with a contact, an inquiry or a project. */
@Path("/timeline")
@RequestScoped
@Tag(name = "Timeline")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class TimelineResource {

  @Inject private TimelineService timeline;

  @Inject private Validator validator;

  @GET
  @Operation(
      summary = "The timeline of a contact, an inquiry or a project",
      description =
          "Exactly one of contactId, inquiryId, projectId. Communications, activities created and"
              + " completed, documents uploaded and inquiry status changes, newest first (at,"
              + " kind, id). A contact's timeline includes its inquiries and its client's"
              + " projects. Needs contacts.read, inquiries.read or access to the project.")
  @APIResponse(responseCode = "200", description = "One page of the timeline")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public ListResponse<TimelineItemResponse> list(
      @Parameter(description = "Contact id", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("contactId")
          String contactId,
      @Parameter(description = "Inquiry id", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("inquiryId")
          String inquiryId,
      @Parameter(description = "Project id", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("projectId")
          String projectId,
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
    TimelineQuery query =
        new TimelineQuery(
            errors.optionalInteger("contactId", contactId),
            errors.optionalInteger("inquiryId", inquiryId),
            errors.optionalInteger("projectId", projectId),
            errors.integer("limit", limit, TimelineQuery.DEFAULT_LIMIT),
            cursor);
    return ListResponse.of(
        timeline.timeline(errors.validated(validator, query)), TimelineItemResponse::of);
  }
}
