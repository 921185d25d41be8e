package com.projectflo.catalog.rest;

import com.projectflo.catalog.model.CatalogEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coverage scene, deliverable or editing style; {@code version} is also the ETag. */
@Schema(name = "CatalogEntry")
public record CatalogEntryResponse(
    int id, String name, String description, boolean active, long version) {

  static CatalogEntryResponse of(CatalogEntry entry) {
    return new CatalogEntryResponse(
        entry.getId(),
        entry.getName(),
        entry.getDescription(),
        entry.isActive(),
        entry.getVersion());
  }
}
