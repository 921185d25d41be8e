package com.projectflo.billing.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A payment or refund as requested: a positive amount with at most 2 decimals (a refund is stored
 * negative), how it was paid and the payment provider's transaction id.
 */
public record NewPayment(
    @NotNull
        @DecimalMin(value = "0.01", message = "must be greater than 0")
        @Digits(integer = 8, fraction = 2, message = "must have at most 8 digits and 2 decimals")
        BigDecimal amount,
    @NotBlank @Pattern(regexp = METHODS, message = "must be one of " + METHOD_LIST) String method,
    @Size(max = 255) String transactionId) {

  public static final String METHODS = "Bank Transfer|Card|Cash|Cheque|Other";
  public static final String METHOD_LIST = "Bank Transfer, Card, Cash, Cheque, Other";
}
