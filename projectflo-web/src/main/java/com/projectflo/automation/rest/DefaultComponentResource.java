package com.projectflo.automation.rest;

import com.projectflo.automation.application.DefaultComponentDetails;
import com.projectflo.automation.application.DefaultComponentService;
import com.projectflo.automation.model.DeliverableDefaultComponent;
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

/** {@code /api/catalog/deliverables/{deliverableId}/default-components}: a deliverable's parts. */
@Path("/catalog/deliverables/{deliverableId}/default-components")
@RequestScoped
@Tag(name = "Automation rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class DefaultComponentResource {

  @Inject private DefaultComponentService components;

  @Inject private Validator validator;

  @GET
  @Operation(
      summary = "List the default components of a deliverable",
      description = "All of them, by id (one page, no cursor). Needs catalog.read.")
  @APIResponse(responseCode = "200", description = "The default components")
  public ListResponse<DefaultComponentResponse> list(
      @PathParam("deliverableId") int deliverableId) {
    return new ListResponse<>(
        components.listComponents(deliverableId).stream()
            .map(DefaultComponentResponse::of)
            .toList(),
        null);
  }

  @POST
  @Operation(
      summary = "Add a default component to a deliverable",
      description = "Unknown scene or style ids are a 400 naming the field. Needs catalog.write.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location header set",
      content = @Content(schema = @Schema(implementation = DefaultComponentResponse.class)))
  public Response create(
      @PathParam("deliverableId") int deliverableId,
      DefaultComponentRequest body,
      @Context UriInfo uri) {
    DeliverableDefaultComponent component =
        components.createComponent(deliverableId, details(body));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(component.getId())).build())
        .entity(DefaultComponentResponse.of(component))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a default component", description = "Needs catalog.read.")
  @APIResponse(
      responseCode = "200",
      description = "The default component",
      content = @Content(schema = @Schema(implementation = DefaultComponentResponse.class)))
  public DefaultComponentResponse get(
      @PathParam("deliverableId") int deliverableId, @PathParam("id") int id) {
    return DefaultComponentResponse.of(components.getComponent(deliverableId, id));
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Replace a default component",
      description =
          "Fields left out become empty (defaultIncluded: true). The rows carry no version, so"
              + " no If-Match is needed. Needs catalog.write.")
  @APIResponse(
      responseCode = "200",
      description = "The updated default component",
      content = @Content(schema = @Schema(implementation = DefaultComponentResponse.class)))
  public DefaultComponentResponse replace(
      @PathParam("deliverableId") int deliverableId,
      @PathParam("id") int id,
      DefaultComponentRequest body) {
    return DefaultComponentResponse.of(
        components.updateComponent(deliverableId, id, details(body)));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete a default component",
      description = "A hard delete; the audit log keeps its last state. Needs catalog.write.")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("deliverableId") int deliverableId, @PathParam("id") int id) {
    components.deleteComponent(deliverableId, id);
    return Response.noContent().build();
  }

  private DefaultComponentDetails details(DefaultComponentRequest body) {
    return new InputErrors().validated(validator, RuleParameters.body(body).toDetails());
  }
}
