package com.projectflo.billing.rest;

import com.projectflo.billing.model.Payment;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A payment of an invoice; a refund has a negative amount. */
public record PaymentResponse(
    int id, BigDecimal amount, String method, String transactionId, OffsetDateTime paymentDate) {

  static PaymentResponse of(Payment payment) {
    return new PaymentResponse(
        payment.getId(),
        payment.getAmount(),
        payment.getPaymentMethod(),
        payment.getTransactionId(),
        payment.getPaymentDate());
  }
}
