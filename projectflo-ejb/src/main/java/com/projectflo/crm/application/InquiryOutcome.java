package com.projectflo.crm.application;

import com.projectflo.crm.model.Inquiry;
import java.util.List;

/**
 * An inquiry after a create or update, with the projects already on its wedding date. {@code
 * warnings} is null when the wedding date did not change (nothing was checked).
 */
public record InquiryOutcome(Inquiry inquiry, List<WeddingDateClash> warnings) {}
