package com.projectflo.crm.rest;

import com.projectflo.crm.model.Contact;
import com.projectflo.identity.model.Contributor;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who an inquiry or client is about, or who owns it: id, display name and e-mail. */
@Schema(name = "CrmParty")
public record PartySummary(
    @Schema(description = "Contact id, or contributor id for an owner") int id,
    @Schema(description = "First and last name; absent when neither is known") String name,
    String email) {

  static PartySummary of(Contact contact) {
    return new PartySummary(contact.getId(), name(contact), contact.getEmail());
  }

  static PartySummary of(Contributor contributor) {
    return contributor == null
        ? null
        : new PartySummary(
            contributor.getId(),
            name(contributor.getContact()),
            contributor.getContact().getEmail());
  }

  static String name(String firstName, String lastName) {
    String name =
        Stream.of(firstName, lastName).filter(Objects::nonNull).collect(Collectors.joining(" "));
    return name.isEmpty() ? null : name;
  }

  private static String name(Contact contact) {
    return name(contact.getFirstName(), contact.getLastName());
  }
}
