package com.projectflo.catalog.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.catalog.application.CatalogEntryService;
import com.projectflo.catalog.model.CatalogEntry;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Create and replace for the catalog tables that hold a name and a description only. */
public abstract class CatalogEntryResourceBase
    extends CatalogResourceBase<CatalogEntry, CatalogEntryResponse> {

  @Inject CatalogEntryService entries;

  @POST
  @Operation(
      summary = "Create an entry",
      description = "The name is unique, ignoring case (409 otherwise). Needs catalog.write.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag headers set",
      content = @Content(schema = @Schema(implementation = CatalogEntryResponse.class)))
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response create(CatalogEntryRequest body, @Context UriInfo uri) {
    return created(entries.create(kind(), details(body, CatalogEntryRequest::toDetails)), uri);
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
      content = @Content(schema = @Schema(implementation = CatalogEntryResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response replace(
      @PathParam("id") int id,
      CatalogEntryRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(
        entries.update(
            kind(), id, details(body, CatalogEntryRequest::toDetails), ifMatchVersion(ifMatch)));
  }

  @Override
  protected Class<CatalogEntry> type() {
    return CatalogEntry.class;
  }

  @Override
  protected CatalogEntryResponse response(CatalogEntry entry) {
    return CatalogEntryResponse.of(entry);
  }
}
