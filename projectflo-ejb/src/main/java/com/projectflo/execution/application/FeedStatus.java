package com.projectflo.execution.application;

import java.time.OffsetDateTime;

/** Whether a contributor has an ICS feed, and since when its current secret is valid. */
public record FeedStatus(boolean active, OffsetDateTime issuedAt) {

  static final FeedStatus NONE = new FeedStatus(false, null);
}
