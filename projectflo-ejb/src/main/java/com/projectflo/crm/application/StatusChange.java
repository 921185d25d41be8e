package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.crm.model.InquiryStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A manual move of an inquiry to {@code status}; Closed-Lost needs a {@code reason}. */
public record StatusChange(
    @NotNull(message = "is required") InquiryStatus status, @Size(max = 2000) String reason) {

  public StatusChange {
    reason = trimToNull(reason);
  }
}
