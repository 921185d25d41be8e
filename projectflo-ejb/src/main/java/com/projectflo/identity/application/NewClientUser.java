package com.projectflo.identity.application;

import com.projectflo.platform.application.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A client's portal login: one per client, e-mail unique among portal users. */
public record NewClientUser(
    @NotNull(message = "is required") Integer clientId,
    @NotBlank(message = "is required")
        @Size(max = 255)
        @Email(
            regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            message = "must be a well-formed email address")
        String email,
    @NotNull(message = "is required") String password) {

  public NewClientUser {
    email = Text.trimToNull(email);
  }

  @Override
  public String toString() {
    return "NewClientUser[clientId=" + clientId + ", email=" + email + "]";
  }
}
