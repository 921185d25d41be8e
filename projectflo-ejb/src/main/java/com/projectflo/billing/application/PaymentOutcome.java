package com.projectflo.billing.application;

/**
 * The response of a payment or refund request: status and JSON body exactly as first answered;
 * {@code replayed} when an earlier request with the same Idempotency-Key answered it.
 */
public record PaymentOutcome(int status, String body, boolean replayed) {}
