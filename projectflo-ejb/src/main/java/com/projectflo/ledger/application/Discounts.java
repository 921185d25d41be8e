package com.projectflo.ledger.application;

import com.projectflo.ledger.model.DiscountType;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The discount of a change order (docs/pricing.md, "Discounts"): a Percentage (0–100) of a positive
 * price delta, or a Fixed amount; a reason is required; the new total may not fall below zero.
 */
public final class Discounts {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private Discounts() {}

  /**
   * The discount amount (scale 2, HALF_EVEN), zero without a discount.
   *
   * @throws InvalidInputException naming discountType, discountValue or discountReason
   */
  public static BigDecimal amount(
      DiscountType type, BigDecimal value, String reason, BigDecimal priceDelta) {
    if (type == null) {
      if (value != null) {
        throw new InvalidInputException("discountType", "is required with a discountValue");
      }
      return Money.ZERO;
    }
    List<FieldViolation> errors = new ArrayList<>();
    if (value == null) {
      errors.add(new FieldViolation("discountValue", "is required with a discountType"));
    } else if (value.scale() > 2) {
      errors.add(new FieldViolation("discountValue", "must have at most 2 decimals"));
    } else if (type == DiscountType.PERCENTAGE
        && (value.signum() <= 0 || value.compareTo(HUNDRED) > 0)) {
      errors.add(new FieldViolation("discountValue", "must be a percentage above 0, at most 100"));
    } else if (type == DiscountType.FIXED && value.signum() <= 0) {
      errors.add(new FieldViolation("discountValue", "must be an amount above 0"));
    }
    if (reason == null || reason.isBlank()) {
      errors.add(new FieldViolation("discountReason", "is required with a discount"));
    }
    if (type == DiscountType.PERCENTAGE && priceDelta.signum() <= 0) {
      errors.add(
          new FieldViolation(
              "discountType", "a Percentage discount needs a price increase; use Fixed"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return type == DiscountType.PERCENTAGE
        ? Money.of(priceDelta.multiply(value).divide(HUNDRED))
        : Money.of(value);
  }
}
