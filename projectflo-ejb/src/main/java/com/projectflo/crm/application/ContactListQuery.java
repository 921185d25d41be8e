package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.crm.model.ContactType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A page request for the contact list: optional type and free-text filters, archived contacts only
 * on request, keyset cursor from the previous page.
 */
public record ContactListQuery(
    ContactType type,
    @Size(max = 200) String q,
    boolean includeArchived,
    @Min(1) @Max(200) int limit,
    String cursor) {

  public static final int DEFAULT_LIMIT = 50;

  public ContactListQuery {
    q = trimToNull(q);
    cursor = trimToNull(cursor);
  }
}
