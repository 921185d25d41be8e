package com.projectflo.catalog.application;

import static com.projectflo.platform.application.Text.trimToNull;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A page request for a catalog list in (name, id) order: {@code active} null lists both, {@code q}
 * is a case-insensitive part of the name.
 */
public record CatalogListQuery(
    Boolean active, @Size(max = 255) String q, @Min(1) @Max(200) int limit, String cursor) {

  public static final int DEFAULT_LIMIT = 50;

  public CatalogListQuery {
    q = trimToNull(q);
    cursor = trimToNull(cursor);
  }
}
