package com.projectflo.crm.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a client owes over its builds that are not archived: the sum of their approved prices, the
 * sum paid, and the difference (negative when the client paid ahead). Amounts have scale 2.
 */
public record BalanceSummary(
    BigDecimal approvedTotal, BigDecimal paidTotal, BigDecimal balanceDue) {

  public static final BalanceSummary ZERO = of(BigDecimal.ZERO, BigDecimal.ZERO);

  public static BalanceSummary of(BigDecimal approved, BigDecimal paid) {
    BigDecimal a = money(approved);
    BigDecimal p = money(paid);
    return new BalanceSummary(a, p, money(a.subtract(p)));
  }

  private static BigDecimal money(BigDecimal amount) {
    return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_EVEN);
  }
}
