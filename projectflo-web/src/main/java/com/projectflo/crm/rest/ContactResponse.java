package com.projectflo.crm.rest;

import com.projectflo.crm.model.Contact;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact as the API shows it; {@code version} is also the ETag. */
@Schema(name = "Contact")
public record ContactResponse(
    int id,
    String firstName,
    String lastName,
    String email,
    String phoneNumber,
    String companyName,
    @Schema(enumeration = {"Client Lead", "Client", "Contributor", "Vendor"}) String type,
    @Schema(description = "When the contact was archived (soft-deleted); absent when active")
        OffsetDateTime archivedAt,
    long version) {

  static ContactResponse of(Contact contact) {
    return new ContactResponse(
        contact.getId(),
        contact.getFirstName(),
        contact.getLastName(),
        contact.getEmail(),
        contact.getPhoneNumber(),
        contact.getCompanyName(),
        contact.getType().label(),
        contact.getArchivedAt(),
        contact.getVersion());
  }
}
