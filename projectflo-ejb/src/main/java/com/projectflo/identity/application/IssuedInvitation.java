package com.projectflo.identity.application;

import com.projectflo.identity.model.ClientUserInvitation;

/**
 * A new invitation and its one-time token, which is shown this once: only its SHA-256 is stored.
 */
public record IssuedInvitation(ClientUserInvitation invitation, String token) {

  @Override
  public String toString() {
    return "IssuedInvitation[id=" + invitation.getId() + "]";
  }
}
