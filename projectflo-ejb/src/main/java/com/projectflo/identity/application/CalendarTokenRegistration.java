package com.projectflo.identity.application;

import com.projectflo.execution.model.CalendarSyncProvider;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contributor's calendar provider and the refresh token it granted (stored encrypted). */
public record CalendarTokenRegistration(
    @NotNull(message = "is required") CalendarSyncProvider provider,
    @NotBlank(message = "is required") @Size(max = 4096) String refreshToken) {

  @Override
  public String toString() {
    return "CalendarTokenRegistration[provider=" + provider + "]";
  }
}
