package com.projectflo.identity.application;

import com.projectflo.crm.application.ContactDetails;
import com.projectflo.identity.model.ContributorType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A new team member: its contact (created with it, e-mail unused), type, default hourly rate,
 * optional system role and first password.
 */
public record NewContributor(
    @NotNull(message = "is required") @Valid ContactDetails contact,
    ContributorType contributorType,
    @DecimalMin("0.00") @Digits(integer = 6, fraction = 2) BigDecimal defaultHourlyRate,
    Integer roleId,
    @NotNull(message = "is required") String password) {

  @Override
  public String toString() {
    return "NewContributor[" + contact + "]";
  }
}
