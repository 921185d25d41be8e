package com.projectflo.audit.application;

import com.projectflo.platform.application.PageRequest;
import com.projectflo.platform.application.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * Filters of the audit log: the entity and id changed, the actor ({@code contributor:12}, {@code
 * client-user:3}, {@code system}), the action, a time range [from, to), and the page.
 */
public record AuditSearch(
    @Size(max = 64) String entity,
    @Size(max = 64) String id,
    @Pattern(
            regexp = "system|(contributor|client-user):[0-9]{1,9}",
            message = "must be contributor:<id>, client-user:<id> or system")
        String actor,
    @Size(max = 255) String action,
    OffsetDateTime from,
    OffsetDateTime to,
    @NotNull @Valid PageRequest page) {

  public AuditSearch {
    entity = Text.trimToNull(entity);
    id = Text.trimToNull(id);
    actor = Text.trimToNull(actor);
    action = Text.trimToNull(action);
  }
}
