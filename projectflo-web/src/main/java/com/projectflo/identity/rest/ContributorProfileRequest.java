package com.projectflo.identity.rest;

import com.projectflo.identity.application.ContributorProfile;
import com.projectflo.identity.model.ContributorType;
import com.projectflo.platform.rest.InputErrors;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of PUT /api/contributors/{id}. */
@Schema(name = "ContributorProfileRequest")
public record ContributorProfileRequest(
    @Schema(enumeration = {"Internal", "External", "Freelance"}) String contributorType,
    @Schema(required = true, minimum = "0") BigDecimal defaultHourlyRate) {

  ContributorProfile toProfile(InputErrors errors) {
    return new ContributorProfile(
        errors.label("contributorType", contributorType, ContributorType.class), defaultHourlyRate);
  }
}
