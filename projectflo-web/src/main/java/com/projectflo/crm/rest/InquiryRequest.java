package com.projectflo.crm.rest;

import com.projectflo.crm.application.NewInquiry;
import com.projectflo.platform.rest.InputErrors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/inquiries: {@code contactId} or {@code contact}, exactly one. */
@Schema(name = "InquiryRequest")
public record InquiryRequest(
    @Schema(description = "An existing contact; or give contact instead") Integer contactId,
    @Schema(
            description =
                "A couple by name and e-mail: the contact with this e-mail (any case) is reused,"
                    + " a Client Lead is created otherwise")
        LeadRequest contact,
    @Schema(format = "date", example = "2027-06-12") String weddingDate,
    String venueDetails,
    String notes,
    @Schema(maxLength = 255) String leadSource,
    String leadSourceDetails,
    @Schema(maxLength = 255) String campaignId,
    @Schema(format = "date") String followUpDueDate,
    @Schema(description = "Who follows the lead up; defaults to the creator")
        Integer ownerContributorId) {

  NewInquiry toDraft(InputErrors errors) {
    return new NewInquiry(
        contactId,
        contact == null ? null : contact.toLead(),
        errors.date("weddingDate", weddingDate),
        venueDetails,
        notes,
        leadSource,
        leadSourceDetails,
        campaignId,
        errors.date("followUpDueDate", followUpDueDate),
        ownerContributorId);
  }
}
