package com.projectflo.crm.rest;

import com.projectflo.crm.application.CommunicationListQuery;
import com.projectflo.crm.application.CommunicationService;
import com.projectflo.crm.model.CommunicationLogEntry;
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

/** {@code /api/communications}: the log of what was said to contacts. */
@Path("/communications")
@RequestScoped
@Tag(name = "Communications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class CommunicationResource {

  @Inject private CommunicationService communications;

  @Inject private Validator validator;

  @POST
  @Operation(
      summary = "Log a communication",
      description =
          "With a contact, optionally about a project or an inquiry; logged by the caller."
              + " communicationDate defaults to now. Needs activities.write.")
  @APIResponse(
      responseCode = "201",
      description = "Logged; Location header set",
      content = @Content(schema = @Schema(implementation = CommunicationResponse.class)))
  public Response create(CommunicationRequest body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    CommunicationLogEntry entry =
        communications.logCommunication(errors.validated(validator, body.toDraft(errors)));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(entry.getId())).build())
        .entity(CommunicationResponse.of(entry))
        .build();
  }

  @GET
  @Operation(
      summary = "List communications",
      description =
          "Newest first; filters combine. Needs contacts.read. Pass nextCursor back as cursor.")
  @APIResponse(responseCode = "200", description = "One page of communications")
  public ListResponse<CommunicationResponse> list(
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
    CommunicationListQuery query =
        new CommunicationListQuery(
            errors.optionalInteger("contactId", contactId),
            errors.optionalInteger("inquiryId", inquiryId),
            errors.optionalInteger("projectId", projectId),
            errors.integer("limit", limit, CommunicationListQuery.DEFAULT_LIMIT),
            cursor);
    return ListResponse.of(
        communications.listCommunications(errors.validated(validator, query)),
        CommunicationResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a communication", description = "Needs contacts.read.")
  @APIResponse(
      responseCode = "200",
      description = "The communication",
      content = @Content(schema = @Schema(implementation = CommunicationResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public CommunicationResponse get(@PathParam("id") int id) {
    return CommunicationResponse.of(communications.getCommunication(id));
  }
}
