package com.projectflo.identity.rest;

import com.projectflo.execution.model.CalendarSyncProvider;
import com.projectflo.identity.application.CalendarTokenRegistration;
import com.projectflo.platform.rest.InputErrors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of PUT /api/contributors/{id}/calendar-token. */
@Schema(name = "CalendarTokenRequest")
public record CalendarTokenRequest(
    @Schema(required = true, enumeration = "Google") String provider,
    @Schema(required = true, description = "Stored encrypted; never returned")
        String refreshToken) {

  CalendarTokenRegistration toRegistration(InputErrors errors) {
    return new CalendarTokenRegistration(
        errors.label("provider", provider, CalendarSyncProvider.class), refreshToken);
  }

  @Override
  public String toString() {
    return "CalendarTokenRequest[provider=" + provider + "]";
  }
}
