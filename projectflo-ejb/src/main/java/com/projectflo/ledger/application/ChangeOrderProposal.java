package com.projectflo.ledger.application;

import com.projectflo.ledger.model.DiscountType;
import com.projectflo.platform.application.DecimalLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A proposed change to a booked build: the operations, and an optional discount ({@code
 * discountValue} is a percentage 0–100 or an amount, per {@code discountType}).
 */
public record ChangeOrderProposal(
    @NotBlank(message = "is required") @Size(max = 2000) String description,
    @NotNull(message = "is required")
        @Size(min = 1, message = "must contain at least one operation")
        List<LineOperation> operations,
    DiscountType discountType,
    @DecimalLimit(integer = 8) BigDecimal discountValue,
    @Size(max = 2000) String discountReason) {}
