package com.projectflo.identity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An e-mail address and a password, as typed at sign-in. */
public record Credentials(
    @NotBlank @Size(max = 255) String email, @NotBlank @Size(max = 1024) String password) {

  @Override
  public String toString() {
    return "Credentials[email=" + email + "]";
  }
}
