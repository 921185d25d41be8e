package com.projectflo.crm.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/inquiries/{id}/status. */
@Schema(name = "InquiryStatusChangeRequest")
public record StatusChangeRequest(
    @Schema(
            required = true,
            enumeration = {"New", "Contacted", "Proposal Sent", "Booked", "Closed-Lost"},
            description = "Booked is refused: only the booking flow sets it")
        String status,
    @Schema(description = "Why; required for Closed-Lost", maxLength = 2000) String reason) {}
