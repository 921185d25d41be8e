package com.projectflo.identity.application;

import com.projectflo.execution.model.CalendarSyncProvider;
import com.projectflo.execution.model.CalendarSyncStatus;
import java.time.OffsetDateTime;

/** The state of a contributor's calendar connection; the token itself is never shown. */
public record CalendarTokenStatus(
    boolean connected,
    CalendarSyncProvider provider,
    CalendarSyncStatus syncStatus,
    OffsetDateTime lastSyncAt) {

  static final CalendarTokenStatus NONE = new CalendarTokenStatus(false, null, null, null);
}
