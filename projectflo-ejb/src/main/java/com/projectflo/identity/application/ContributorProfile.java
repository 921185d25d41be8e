package com.projectflo.identity.application;

import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.model.ContributorType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a manager may change on a contributor (the contact has its own endpoint). */
public record ContributorProfile(
    ContributorType contributorType,
    @NotNull(message = "is required") @DecimalMin("0.00") @Digits(integer = 6, fraction = 2)
        BigDecimal defaultHourlyRate) {

  public static ContributorProfile of(Contributor contributor) {
    return new ContributorProfile(
        contributor.getContributorType(), contributor.getDefaultHourlyRate());
  }

  void applyTo(Contributor contributor) {
    contributor.setContributorType(contributorType);
    contributor.setDefaultHourlyRate(defaultHourlyRate.setScale(2, RoundingMode.HALF_EVEN));
  }
}
