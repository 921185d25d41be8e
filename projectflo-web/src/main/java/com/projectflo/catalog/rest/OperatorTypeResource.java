package com.projectflo.catalog.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.catalog.application.CatalogKind;
import com.projectflo.catalog.application.OperatorTypeService;
import com.projectflo.catalog.model.OperatorType;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/catalog/operator-types}: kinds of service providers (camera operator, drone...) and
 * their default rates.
 */
@Path("/catalog/operator-types")
@RequestScoped
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class OperatorTypeResource extends CatalogResourceBase<OperatorType, OperatorTypeResponse> {

  @Inject OperatorTypeService operatorTypes;

  @POST
  @Operation(
      summary = "Create an entry",
      description = "The name is unique, ignoring case (409 otherwise). Needs catalog.write.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag headers set",
      content = @Content(schema = @Schema(implementation = OperatorTypeResponse.class)))
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response create(OperatorTypeRequest body, @Context UriInfo uri) {
    return created(operatorTypes.create(details(body, OperatorTypeRequest::toDetails)), uri);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Replace an entry",
      description =
          "Fields left out become empty; an absent active keeps the flag. Honours If-Match. Needs"
              + " catalog.write.")
  @APIResponse(
      responseCode = "200",
      description = "The updated entry",
      content = @Content(schema = @Schema(implementation = OperatorTypeResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response replace(
      @PathParam("id") int id,
      OperatorTypeRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(
        operatorTypes.update(
            id, details(body, OperatorTypeRequest::toDetails), ifMatchVersion(ifMatch)));
  }

  @Override
  protected CatalogKind kind() {
    return CatalogKind.OPERATOR_TYPE;
  }

  @Override
  protected Class<OperatorType> type() {
    return OperatorType.class;
  }

  @Override
  protected OperatorTypeResponse response(OperatorType item) {
    return OperatorTypeResponse.of(item);
  }
}
