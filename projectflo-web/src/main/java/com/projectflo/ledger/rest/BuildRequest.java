package com.projectflo.ledger.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new build for an inquiry, with optional first lines. */
public record BuildRequest(
    @Schema(required = true) Integer inquiryId, List<OperationRequest> operations) {}
