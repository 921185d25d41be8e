package com.projectflo.identity.application;

import com.projectflo.platform.application.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Whom to invite: {@code email} defaults to the e-mail of the client's contact. */
public record NewInvitation(
    @Size(max = 255)
        @Email(
            regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            message = "must be a well-formed email address")
        String email) {

  public NewInvitation {
    email = Text.trimToNull(email);
  }
}
