package com.projectflo.identity.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/me/password. */
@Schema(name = "PasswordChangeRequest")
public record PasswordChangeRequest(
    @Schema(required = true, format = "password") String currentPassword,
    @Schema(required = true, format = "password", minLength = 12) String newPassword) {

  @Override
  public String toString() {
    return "PasswordChangeRequest[…]";
  }
}
