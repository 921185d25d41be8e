package com.projectflo.catalog.application;

import static com.projectflo.platform.application.Text.trimToNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The editable fields of a coverage scene, deliverable or editing style. {@code active} null means
 * active on creation and unchanged on a replace. Text is trimmed, blank text becomes null.
 */
public record CatalogEntryDetails(
    @NotBlank @Size(max = 255) String name,
    @Size(max = 10_000) String description,
    Boolean active) {

  public CatalogEntryDetails {
    name = trimToNull(name);
    description = trimToNull(description);
  }
}
