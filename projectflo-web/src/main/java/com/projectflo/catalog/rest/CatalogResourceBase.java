package com.projectflo.catalog.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.catalog.application.CatalogKind;
import com.projectflo.catalog.application.CatalogListQuery;
import com.projectflo.catalog.application.CatalogService;
import com.projectflo.catalog.model.CatalogItem;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The operations every {@code /api/catalog/...} collection shares: list, get, delete, activate and
 * deactivate. Subclasses name the table and add create and replace with their own body.
 *
 * @param <T> the entity type the subclass shows
 * @param <R> its response record
 */
public abstract class CatalogResourceBase<T extends CatalogItem, R> {

  @Inject CatalogService catalog;

  @Inject Validator validator;

  /** The catalog table. */
  protected abstract CatalogKind kind();

  /** The entity class (or a supertype) of the table. */
  protected abstract Class<T> type();

  /** The response record of an entry. */
  protected abstract R response(T item);

  @GET
  @Operation(
      summary = "List entries",
      description =
          "By name, then id. active=true lists the entries offered for new builds, active=false"
              + " the retired ones; q is a case-insensitive part of the name. Pass nextCursor"
              + " back as cursor for the next page. Needs catalog.read.")
  @APIResponse(responseCode = "200", description = "One page of entries")
  public ListResponse<R> list(
      @Parameter(description = "Only active (true) or retired (false) entries")
          @QueryParam("active")
          String active,
      @Parameter(description = "Part of the name, any case") @QueryParam("q") String q,
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
    Boolean activeOnly =
        active == null || active.isBlank() ? null : errors.bool("active", active, true);
    CatalogListQuery query =
        new CatalogListQuery(
            activeOnly, q, errors.integer("limit", limit, CatalogListQuery.DEFAULT_LIMIT), cursor);
    return ListResponse.of(
        catalog.list(kind(), type(), errors.validated(validator, query)), this::response);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get an entry", description = "Needs catalog.read.")
  @APIResponse(responseCode = "200", description = "The entry; ETag header set")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response get(@PathParam("id") int id) {
    return ok(catalog.get(kind(), type(), id));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete an entry",
      description =
          "Removes it and the automation rules that mention it. Refused (409) while builds or"
              + " tasks use it: deactivate it instead. Honours If-Match. Needs catalog.write.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response delete(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    catalog.delete(kind(), id, ifMatchVersion(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/deactivate")
  @Operation(
      summary = "Retire an entry",
      description =
          "No longer offered for new builds; builds that use it keep it. Idempotent. Honours"
              + " If-Match. Needs catalog.write.")
  @APIResponse(responseCode = "200", description = "The retired entry")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response deactivate(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(catalog.deactivate(kind(), type(), id, ifMatchVersion(ifMatch)));
  }

  @POST
  @Path("{id}/activate")
  @Operation(
      summary = "Offer an entry again",
      description = "Idempotent. Honours If-Match. Needs catalog.write.")
  @APIResponse(responseCode = "200", description = "The active entry")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response activate(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(catalog.activate(kind(), type(), id, ifMatchVersion(ifMatch)));
  }

  /** The details of a request body, validated (a missing body is a 400). */
  protected <B, D> D details(B body, BiFunction<B, InputErrors, D> toDetails) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    return errors.validated(validator, toDetails.apply(body, errors));
  }

  protected Response created(T item, UriInfo uri) {
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item.getId())).build())
        .tag(etag(item))
        .entity(response(item))
        .build();
  }

  protected Response ok(T item) {
    return Response.ok(response(item)).tag(etag(item)).build();
  }

  private static EntityTag etag(CatalogItem item) {
    return new EntityTag(String.valueOf(item.getVersion()));
  }
}
