package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The couple behind a new inquiry, when they are not picked from the contacts: matched by e-mail
 * (case-insensitive) to an existing contact, created as a Client Lead otherwise.
 */
public record NewLead(
    @Size(max = 255) String firstName,
    @Size(max = 255) String lastName,
    @NotBlank(message = "is required")
        @Size(max = 255)
        @Email(
            regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            message = "must be a well-formed email address")
        String email,
    @Size(max = 50) String phoneNumber) {

  public NewLead {
    firstName = trimToNull(firstName);
    lastName = trimToNull(lastName);
    email = trimToNull(email);
    phoneNumber = trimToNull(phoneNumber);
  }
}
