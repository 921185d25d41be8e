package com.projectflo.identity.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/contributors/{id}/password. */
@Schema(name = "PasswordResetRequest")
public record PasswordResetRequest(
    @Schema(required = true, format = "password", minLength = 12) String newPassword) {

  @Override
  public String toString() {
    return "PasswordResetRequest[…]";
  }
}
