package com.projectflo.identity.rest;

import com.projectflo.identity.application.CalendarTokenStatus;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contributor's calendar connection, without the token. */
@Schema(name = "CalendarToken")
public record CalendarTokenResponse(
    boolean connected,
    @Schema(enumeration = "Google") String provider,
    @Schema(enumeration = {"Active", "Error", "Disabled"}) String syncStatus,
    OffsetDateTime lastSyncAt) {

  static CalendarTokenResponse of(CalendarTokenStatus status) {
    return new CalendarTokenResponse(
        status.connected(),
        status.provider() == null ? null : status.provider().label(),
        status.syncStatus() == null ? null : status.syncStatus().label(),
        status.lastSyncAt());
  }
}
