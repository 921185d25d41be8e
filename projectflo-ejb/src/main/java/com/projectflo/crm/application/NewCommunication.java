package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * One interaction to log: with a contact, optionally about a project and an inquiry; {@code
 * communicationDate} null means now.
 */
public record NewCommunication(
    @NotNull Integer contactId,
    Integer projectId,
    Integer inquiryId,
    @NotBlank @Size(max = 255) String type,
    @Size(max = 10_000) String notes,
    OffsetDateTime communicationDate) {

  public NewCommunication {
    type = trimToNull(type);
    notes = trimToNull(notes);
  }
}
