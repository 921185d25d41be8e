package com.projectflo.identity.rest;

import com.projectflo.identity.application.NewClientUser;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/client-users. */
@Schema(name = "ClientUserRequest")
public record ClientUserRequest(
    @Schema(required = true) Integer clientId,
    @Schema(required = true, format = "email") String email,
    @Schema(required = true, format = "password", minLength = 12) String password) {

  NewClientUser toDraft() {
    return new NewClientUser(clientId, email, password);
  }

  @Override
  public String toString() {
    return "ClientUserRequest[clientId=" + clientId + ", email=" + email + "]";
  }
}
