package com.projectflo.identity.rest;

import com.projectflo.crm.application.ContactDetails;
import com.projectflo.crm.model.ContactType;
import com.projectflo.identity.application.NewContributor;
import com.projectflo.identity.model.ContributorType;
import com.projectflo.platform.rest.InputErrors;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/contributors: the person, the terms and the first password. */
@Schema(name = "ContributorRequest")
public record ContributorRequest(
    String firstName,
    String lastName,
    @Schema(required = true, format = "email") String email,
    String phoneNumber,
    @Schema(enumeration = {"Internal", "External", "Freelance"}) String contributorType,
    @Schema(minimum = "0") BigDecimal defaultHourlyRate,
    @Schema(description = "System role; needs admin.roles") Integer roleId,
    @Schema(required = true, format = "password", minLength = 12) String password) {

  NewContributor toDraft(InputErrors errors) {
    return new NewContributor(
        new ContactDetails(firstName, lastName, email, phoneNumber, null, ContactType.CONTRIBUTOR),
        errors.label("contributorType", contributorType, ContributorType.class),
        defaultHourlyRate,
        roleId,
        password);
  }

  @Override
  public String toString() {
    return "ContributorRequest[email=" + email + "]";
  }
}
