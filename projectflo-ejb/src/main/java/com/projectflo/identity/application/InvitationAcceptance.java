package com.projectflo.identity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The token of an invitation and the password the couple chooses for their portal account. */
public record InvitationAcceptance(
    @NotBlank(message = "is required") @Size(max = 200) String token,
    @NotNull(message = "is required") @Size(max = 1024) String password) {

  @Override
  public String toString() {
    return "InvitationAcceptance[]";
  }
}
