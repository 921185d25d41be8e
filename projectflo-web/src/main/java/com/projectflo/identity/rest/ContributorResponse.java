package com.projectflo.identity.rest;

import com.projectflo.identity.model.Contributor;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contributor as the API shows it (never its password); {@code version} is also the ETag. */
@Schema(name = "Contributor")
public record ContributorResponse(
    int id,
    ContactSummary contact,
    @Schema(enumeration = {"Internal", "External", "Freelance"}) String contributorType,
    BigDecimal defaultHourlyRate,
    @Schema(description = "System-wide role; absent when none") RoleSummary role,
    OffsetDateTime archivedAt,
    long version) {

  /** The contributor's contact, in short. */
  public record ContactSummary(int id, String firstName, String lastName, String email) {}

  /** A role, in short. */
  public record RoleSummary(int id, String name) {}

  static ContributorResponse of(Contributor c) {
    return new ContributorResponse(
        c.getId(),
        new ContactSummary(
            c.getContact().getId(),
            c.getContact().getFirstName(),
            c.getContact().getLastName(),
            c.getContact().getEmail()),
        c.getContributorType() == null ? null : c.getContributorType().label(),
        c.getDefaultHourlyRate(),
        c.getRole() == null ? null : new RoleSummary(c.getRole().getId(), c.getRole().getName()),
        c.getArchivedAt(),
        c.getVersion());
  }
}
