package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.crm.model.Inquiry;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The editable fields of an inquiry, as a full replace (PUT) or the document a merge patch applies
 * to. Values are trimmed and blank values become null. Status and its milestones are not among
 * them: they change only through status moves.
 */
public record InquiryDetails(
    LocalDate weddingDate,
    @Size(max = 10_000) String venueDetails,
    @Size(max = 10_000) String notes,
    @Size(max = 255) String leadSource,
    @Size(max = 10_000) String leadSourceDetails,
    @Size(max = 255) String campaignId,
    LocalDate followUpDueDate,
    Integer ownerContributorId) {

  public InquiryDetails {
    venueDetails = trimToNull(venueDetails);
    notes = trimToNull(notes);
    leadSource = trimToNull(leadSource);
    leadSourceDetails = trimToNull(leadSourceDetails);
    campaignId = trimToNull(campaignId);
  }

  public static InquiryDetails of(Inquiry inquiry) {
    return new InquiryDetails(
        inquiry.getWeddingDate(),
        inquiry.getVenueDetails(),
        inquiry.getNotes(),
        inquiry.getLeadSource(),
        inquiry.getLeadSourceDetails(),
        inquiry.getCampaignId(),
        inquiry.getFollowUpDueDate(),
        inquiry.getOwner() == null ? null : inquiry.getOwner().getId());
  }

  /** Copies everything but the owner, which the service resolves to a contributor. */
  void applyTo(Inquiry inquiry) {
    inquiry.setWeddingDate(weddingDate);
    inquiry.setVenueDetails(venueDetails);
    inquiry.setNotes(notes);
    inquiry.setLeadSource(leadSource);
    inquiry.setLeadSourceDetails(leadSourceDetails);
    inquiry.setCampaignId(campaignId);
    inquiry.setFollowUpDueDate(followUpDueDate);
  }
}
