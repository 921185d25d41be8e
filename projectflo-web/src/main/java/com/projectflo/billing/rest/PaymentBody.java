package com.projectflo.billing.rest;

import java.math.BigDecimal;

/**
 * A payment or refund: a positive amount (at most 2 decimals), the method (Bank Transfer, Card,
 * Cash, Cheque, Other) and the provider's transaction id (optional).
 */
public record PaymentBody(BigDecimal amount, String method, String transactionId) {}
