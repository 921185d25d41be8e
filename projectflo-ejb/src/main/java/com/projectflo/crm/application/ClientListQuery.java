package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A page request for the client list, in name order: free text, archived clients on request. */
public record ClientListQuery(
    @Size(max = 200) String q,
    boolean includeArchived,
    @Min(1) @Max(200) int limit,
    String cursor) {

  public static final int DEFAULT_LIMIT = 50;

  public ClientListQuery {
    q = trimToNull(q);
    cursor = trimToNull(cursor);
  }
}
