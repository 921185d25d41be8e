package com.projectflo.identity.rest;

import com.projectflo.identity.application.InvitationAcceptance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/auth/invitations/accept. */
@Schema(name = "InvitationAcceptRequest")
public record InvitationAcceptRequest(
    @Schema(required = true, description = "The token of the invitation") String token,
    @Schema(required = true, format = "password", description = "The portal password to set")
        String password) {

  InvitationAcceptance toAcceptance() {
    return new InvitationAcceptance(token == null ? null : token.strip(), password);
  }

  @Override
  public String toString() {
    return "InvitationAcceptRequest[]";
  }
}
