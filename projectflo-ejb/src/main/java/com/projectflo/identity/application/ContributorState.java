package com.projectflo.identity.application;

import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.model.ContributorType;
import java.math.BigDecimal;

/** The audited state of a contributor (never its password hash). */
record ContributorState(
    int contactId,
    ContributorType contributorType,
    BigDecimal defaultHourlyRate,
    Integer roleId,
    boolean archived) {

  static ContributorState of(Contributor contributor) {
    return new ContributorState(
        contributor.getContact().getId(),
        contributor.getContributorType(),
        contributor.getDefaultHourlyRate(),
        contributor.getRole() == null ? null : contributor.getRole().getId(),
        contributor.isArchived());
  }
}
