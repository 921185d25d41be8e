package com.projectflo.identity.rest;

import com.projectflo.identity.application.Credentials;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/auth/login and /api/auth/client-login. */
@Schema(name = "LoginRequest")
public record LoginRequest(
    @Schema(required = true, format = "email") String email,
    @Schema(required = true, format = "password") String password) {

  Credentials toCredentials() {
    return new Credentials(email == null ? null : email.strip(), password);
  }

  @Override
  public String toString() {
    return "LoginRequest[email=" + email + "]";
  }
}
