package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new inquiry: for an existing contact ({@code contactId}) or for a couple given by name and
 * e-mail ({@code contact}), exactly one of the two. The other fields are those of {@link
 * InquiryDetails}; the owner defaults to the contributor creating the inquiry.
 */
public record NewInquiry(
    Integer contactId,
    @Valid NewLead contact,
    LocalDate weddingDate,
    @Size(max = 10_000) String venueDetails,
    @Size(max = 10_000) String notes,
    @Size(max = 255) String leadSource,
    @Size(max = 10_000) String leadSourceDetails,
    @Size(max = 255) String campaignId,
    LocalDate followUpDueDate,
    Integer ownerContributorId) {

  public NewInquiry {
    venueDetails = trimToNull(venueDetails);
    notes = trimToNull(notes);
    leadSource = trimToNull(leadSource);
    leadSourceDetails = trimToNull(leadSourceDetails);
    campaignId = trimToNull(campaignId);
  }

  public InquiryDetails details() {
    return new InquiryDetails(
        weddingDate,
        venueDetails,
        notes,
        leadSource,
        leadSourceDetails,
        campaignId,
        followUpDueDate,
        ownerContributorId);
  }
}
