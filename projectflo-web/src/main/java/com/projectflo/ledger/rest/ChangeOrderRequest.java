package com.projectflo.ledger.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposed change to a booked build, with an optional discount. */
public record ChangeOrderRequest(
    @Schema(required = true, maxLength = 2000) String description,
    @Schema(required = true) List<OperationRequest> operations,
    @Schema(enumeration = {"Percentage", "Fixed"}) String discountType,
    @Schema(description = "Percentage 0–100, or an amount for Fixed (at most 99999999.99)")
        BigDecimal discountValue,
    @Schema(description = "Required with a discount", maxLength = 2000) String discountReason) {}
