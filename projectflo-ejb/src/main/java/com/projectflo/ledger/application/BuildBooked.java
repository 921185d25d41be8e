package com.projectflo.ledger.application;

import java.math.BigDecimal;

/**
 * Fired (synchronously, inside the booking transaction) when a build is booked: task generation and
 * the payment schedule observe it.
 */
public record BuildBooked(
    int buildId, int projectId, int changeOrderId, BigDecimal approvedPrice) {}
