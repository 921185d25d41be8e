package com.projectflo.catalog.rest;

import com.projectflo.catalog.application.CatalogEntryDetails;
import com.projectflo.platform.rest.InputErrors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST and PUT of coverage scenes, deliverables and editing styles. */
@Schema(name = "CatalogEntryRequest")
public record CatalogEntryRequest(
    @Schema(required = true, maxLength = 255, description = "Unique, ignoring case") String name,
    String description,
    @Schema(description = "Offered for new builds; default true, unchanged on a replace")
        Boolean active) {

  CatalogEntryDetails toDetails(InputErrors errors) {
    return new CatalogEntryDetails(name, description, active);
  }
}
