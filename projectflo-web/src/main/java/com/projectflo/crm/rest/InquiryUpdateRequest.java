package com.projectflo.crm.rest;

import com.projectflo.crm.application.InquiryDetails;
import com.projectflo.platform.rest.InputErrors;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of PUT /api/inquiries/{id} (and the document a merge patch applies to): every editable
 * field; the contact and the status do not change here.
 */
@Schema(name = "InquiryUpdateRequest")
public record InquiryUpdateRequest(
    @Schema(format = "date", example = "2027-06-12") String weddingDate,
    String venueDetails,
    String notes,
    @Schema(maxLength = 255) String leadSource,
    String leadSourceDetails,
    @Schema(maxLength = 255) String campaignId,
    @Schema(format = "date") String followUpDueDate,
    @Schema(description = "Who follows the lead up; absent means nobody")
        Integer ownerContributorId) {

  static InquiryUpdateRequest of(InquiryDetails details) {
    return new InquiryUpdateRequest(
        text(details.weddingDate()),
        details.venueDetails(),
        details.notes(),
        details.leadSource(),
        details.leadSourceDetails(),
        details.campaignId(),
        text(details.followUpDueDate()),
        details.ownerContributorId());
  }

  InquiryDetails toDetails(InputErrors errors) {
    return new InquiryDetails(
        errors.date("weddingDate", weddingDate),
        venueDetails,
        notes,
        leadSource,
        leadSourceDetails,
        campaignId,
        errors.date("followUpDueDate", followUpDueDate),
        ownerContributorId);
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
