package com.projectflo.crm.rest;

import com.projectflo.crm.application.ContactDetails;
import com.projectflo.crm.model.ContactType;
import com.projectflo.platform.rest.InputErrors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST/PUT /api/contacts (and the document a merge patch applies to). */
@Schema(name = "ContactRequest")
public record ContactRequest(
    @Schema(maxLength = 255) String firstName,
    @Schema(maxLength = 255) String lastName,
    @Schema(required = true, maxLength = 255, format = "email") String email,
    @Schema(maxLength = 50) String phoneNumber,
    @Schema(maxLength = 255) String companyName,
    @Schema(
            required = true,
            enumeration = {"Client Lead", "Client", "Contributor", "Vendor"})
        String type) {

  static ContactRequest of(ContactDetails details) {
    return new ContactRequest(
        details.firstName(),
        details.lastName(),
        details.email(),
        details.phoneNumber(),
        details.companyName(),
        details.type() == null ? null : details.type().label());
  }

  ContactDetails toDetails(InputErrors errors) {
    return new ContactDetails(
        firstName,
        lastName,
        email,
        phoneNumber,
        companyName,
        errors.label("type", type, ContactType.class));
  }
}
