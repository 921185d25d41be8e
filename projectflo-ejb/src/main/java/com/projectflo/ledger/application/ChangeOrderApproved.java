package com.projectflo.ledger.application;

import java.math.BigDecimal;

/**
 * Fired (synchronously, inside the approving transaction) when a change order is applied: task
 * generation and the payment schedule observe it.
 */
public record ChangeOrderApproved(
    int buildId,
    int projectId,
    int changeOrderId,
    int versionNumber,
    BigDecimal priceDelta,
    BigDecimal discountAmount,
    BigDecimal newTotalApprovedPrice) {}
