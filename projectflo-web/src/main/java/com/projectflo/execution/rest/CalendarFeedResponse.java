package com.projectflo.execution.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contributor's ICS feed. {@code url} is only present in the answer to issuing it: the secret is
 * shown once.
 */
@Schema(name = "CalendarFeed")
public record CalendarFeedResponse(
    int contributorId,
    boolean active,
    OffsetDateTime issuedAt,
    @Schema(description = "The secret feed URL (only when just issued)") String url) {}
