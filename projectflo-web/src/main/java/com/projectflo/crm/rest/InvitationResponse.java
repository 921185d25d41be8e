package com.projectflo.crm.rest;

import com.projectflo.identity.application.IssuedInvitation;
import com.projectflo.identity.model.ClientUserInvitation;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new invitation with its one-time token, which is shown this once and never again. */
@Schema(name = "ClientInvitation")
public record InvitationResponse(
    int id,
    int clientId,
    String email,
    OffsetDateTime expiresAt,
    @Schema(description = "One-time secret; only its SHA-256 is stored") String token,
    @Schema(description = "Where the couple POSTs {token, password} to accept") String acceptPath) {

  static final String ACCEPT_PATH = "/api/auth/invitations/accept";

  static InvitationResponse of(IssuedInvitation issued, int clientId) {
    ClientUserInvitation invitation = issued.invitation();
    return new InvitationResponse(
        invitation.getId(),
        clientId,
        invitation.getEmail(),
        invitation.getExpiresAt(),
        issued.token(),
        ACCEPT_PATH);
  }

  @Override
  public String toString() {
    return "InvitationResponse[id=" + id + "]";
  }
}
