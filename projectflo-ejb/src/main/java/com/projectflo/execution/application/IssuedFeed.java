package com.projectflo.execution.application;

import java.time.OffsetDateTime;

/**
 * A newly issued ICS feed: its secret is shown this once (only its SHA-256 is stored); the feed is
 * at {@code /api/calendar/feeds/<secret>.ics}.
 */
public record IssuedFeed(int contributorId, String secret, OffsetDateTime issuedAt) {}
