package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.crm.model.InquiryStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A page request for the inquiry list, newest first. Every filter is optional: status, wedding date
 * range (inclusive), lead source, campaign, overdue follow-ups of open inquiries, free text;
 * archived inquiries only on request.
 */
public record InquiryListQuery(
    InquiryStatus status,
    LocalDate weddingDateFrom,
    LocalDate weddingDateTo,
    @Size(max = 255) String leadSource,
    @Size(max = 255) String campaignId,
    boolean overdueFollowUp,
    @Size(max = 200) String q,
    boolean includeArchived,
    @Min(1) @Max(200) int limit,
    String cursor) {

  public static final int DEFAULT_LIMIT = 50;

  public InquiryListQuery {
    leadSource = trimToNull(leadSource);
    campaignId = trimToNull(campaignId);
    q = trimToNull(q);
    cursor = trimToNull(cursor);
  }
}
