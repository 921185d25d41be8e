package com.projectflo.crm.rest;

import com.projectflo.crm.application.NewLead;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The couple of a new inquiry, when they are not an existing contact (matched by e-mail). */
@Schema(name = "InquiryLeadRequest")
public record LeadRequest(
    @Schema(maxLength = 255) String firstName,
    @Schema(maxLength = 255) String lastName,
    @Schema(required = true, maxLength = 255, format = "email") String email,
    @Schema(maxLength = 50) String phoneNumber) {

  NewLead toLead() {
    return new NewLead(firstName, lastName, email, phoneNumber);
  }
}
