package com.projectflo.crm.rest;

import com.projectflo.crm.application.WeddingDateClash;
import com.projectflo.crm.model.Inquiry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inquiry as the API shows it; {@code version} is also the ETag. */
@Schema(name = "Inquiry")
public record InquiryResponse(
    int id,
    @Schema(enumeration = {"New", "Contacted", "Proposal Sent", "Booked", "Closed-Lost"})
        String status,
    PartySummary contact,
    LocalDate weddingDate,
    String venueDetails,
    String notes,
    String leadSource,
    String leadSourceDetails,
    String campaignId,
    LocalDate followUpDueDate,
    @Schema(description = "Who follows the lead up (id is the contributor's)") PartySummary owner,
    OffsetDateTime createdAt,
    OffsetDateTime statusChangedAt,
    @Schema(description = "First move out of New to Contacted, Proposal Sent or Booked")
        OffsetDateTime firstContactedAt,
    OffsetDateTime bookedAt,
    String lostReason,
    OffsetDateTime archivedAt,
    long version,
    @Schema(
            description =
                "Only in the answer to a create or a wedding-date change: projects (not archived)"
                    + " already on that wedding date")
        List<WeddingDateClashResponse> warnings) {

  static InquiryResponse of(Inquiry inquiry) {
    return of(inquiry, null);
  }

  static InquiryResponse of(Inquiry inquiry, List<WeddingDateClash> warnings) {
    return new InquiryResponse(
        inquiry.getId(),
        inquiry.getStatus().label(),
        PartySummary.of(inquiry.getContact()),
        inquiry.getWeddingDate(),
        inquiry.getVenueDetails(),
        inquiry.getNotes(),
        inquiry.getLeadSource(),
        inquiry.getLeadSourceDetails(),
        inquiry.getCampaignId(),
        inquiry.getFollowUpDueDate(),
        PartySummary.of(inquiry.getOwner()),
        inquiry.getCreatedAt(),
        inquiry.getStatusChangedAt(),
        inquiry.getFirstContactedAt(),
        inquiry.getBookedAt(),
        inquiry.getLostReason(),
        inquiry.getArchivedAt(),
        inquiry.getVersion(),
        warnings == null ? null : warnings.stream().map(WeddingDateClashResponse::of).toList());
  }
}
