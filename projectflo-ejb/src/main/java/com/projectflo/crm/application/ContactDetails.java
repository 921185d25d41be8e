package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.ContactType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Everything a contact is made of, as a create or full replace. Values are trimmed and blank
 * optional values become null before they are validated.
 */
public record ContactDetails(
    @Size(max = 255) String firstName,
    @Size(max = 255) String lastName,
    @NotBlank
        @Size(max = 255)
        @Email(
            regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            message = "must be a well-formed email address")
        String email,
    @Size(max = 50) String phoneNumber,
    @Size(max = 255) String companyName,
    @NotNull(message = "is required") ContactType type) {

  public ContactDetails {
    firstName = trimToNull(firstName);
    lastName = trimToNull(lastName);
    email = trimToNull(email);
    phoneNumber = trimToNull(phoneNumber);
    companyName = trimToNull(companyName);
  }

  public static ContactDetails of(Contact contact) {
    return new ContactDetails(
        contact.getFirstName(),
        contact.getLastName(),
        contact.getEmail(),
        contact.getPhoneNumber(),
        contact.getCompanyName(),
        contact.getType());
  }

  void applyTo(Contact contact) {
    contact.setFirstName(firstName);
    contact.setLastName(lastName);
    contact.setEmail(email);
    contact.setPhoneNumber(phoneNumber);
    contact.setCompanyName(companyName);
    contact.setType(type);
  }
}
