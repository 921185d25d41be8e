package com.projectflo.automation.rest;

import com.projectflo.automation.application.StyleRequirementService;
import com.projectflo.automation.model.EditingStyleRequirement;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/catalog/editing-styles/{styleId}/requirements}: what a style needs to be billed. */
@Path("/catalog/editing-styles/{styleId}/requirements")
@RequestScoped
@Tag(name = "Automation rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class StyleRequirementResource {

  @Inject private StyleRequirementService requirements;

  @Inject private Validator validator;

  @GET
  @Operation(
      summary = "List the requirements of an editing style",
      description = "All of them, by id (one page, no cursor). Needs catalog.read.")
  @APIResponse(responseCode = "200", description = "The requirements")
  public ListResponse<StyleRequirementResponse> list(@PathParam("styleId") int styleId) {
    return new ListResponse<>(
        requirements.listRequirements(styleId).stream().map(StyleRequirementResponse::of).toList(),
        null);
  }

  @POST
  @Operation(
      summary = "Require a billable item for an editing style",
      description =
          "Quantity defaults to 1. An unknown billableItemId is a 400; an item the style already"
              + " requires is a 409 naming billableItemId. Needs catalog.write.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location header set",
      content = @Content(schema = @Schema(implementation = StyleRequirementResponse.class)))
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response create(
      @PathParam("styleId") int styleId, StyleRequirementRequest body, @Context UriInfo uri) {
    EditingStyleRequirement requirement =
        requirements.createRequirement(
            styleId, new InputErrors().validated(validator, RuleParameters.body(body).toDetails()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(requirement.getId())).build())
        .entity(StyleRequirementResponse.of(requirement))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Change the quantity of a style requirement",
      description = "The item cannot change: delete and add instead. Needs catalog.write.")
  @APIResponse(
      responseCode = "200",
      description = "The updated requirement",
      content = @Content(schema = @Schema(implementation = StyleRequirementResponse.class)))
  public StyleRequirementResponse replace(
      @PathParam("styleId") int styleId,
      @PathParam("id") int id,
      StyleRequirementQuantityRequest body) {
    Integer quantity = RuleParameters.body(body).quantity();
    if (quantity == null) {
      throw new InvalidInputException("quantity", "is required");
    }
    return StyleRequirementResponse.of(requirements.updateQuantity(styleId, id, quantity));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete a style requirement",
      description = "A hard delete; the audit log keeps its last state. Needs catalog.write.")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("styleId") int styleId, @PathParam("id") int id) {
    requirements.deleteRequirement(styleId, id);
    return Response.noContent().build();
  }
}
