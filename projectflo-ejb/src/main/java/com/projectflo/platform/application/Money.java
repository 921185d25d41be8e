package com.projectflo.platform.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money and hours: BigDecimal at scale 2, rounded HALF_EVEN once per line. */
public final class Money {

  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private Money() {}

  /** The amount at scale 2 (HALF_EVEN); null counts as zero. */
  public static BigDecimal of(BigDecimal amount) {
    return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** The product of the factors, rounded once at the end. */
  public static BigDecimal times(BigDecimal first, BigDecimal... others) {
    BigDecimal product = first;
    for (BigDecimal factor : others) {
      product = product.multiply(factor);
    }
    return of(product);
  }
}
