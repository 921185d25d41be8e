package com.projectflo.platform.application;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The arithmetic of {@link DecimalLimit}, shared with checks made by hand. */
public final class DecimalLimits {

  /** The largest amount a {@code NUMERIC(10,2)} column (prices, totals) holds. */
  public static final BigDecimal MAX_AMOUNT = max(8, 2);

  private DecimalLimits() {}

  /** The largest value of a {@code NUMERIC(integer + fraction, fraction)} column. */
  public static BigDecimal max(int integer, int fraction) {
    return new BigDecimal(
        BigInteger.TEN.pow(integer + fraction).subtract(BigInteger.ONE), fraction);
  }

  static boolean fits(
      Number number, BigDecimal min, boolean minExclusive, BigDecimal max, int fraction) {
    BigDecimal value = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    int againstMin = value.compareTo(min);
    return (minExclusive ? againstMin > 0 : againstMin >= 0)
        && value.compareTo(max) <= 0
        && value.stripTrailingZeros().scale() <= fraction;
  }

  static String message(BigDecimal min, boolean minExclusive, BigDecimal max, int fraction) {
    String decimals = fraction == 0 ? ", a whole number" : ", at most " + fraction + " decimals";
    return (minExclusive
            ? "must be above " + min.toPlainString() + " and at most "
            : "must be between " + min.toPlainString() + " and ")
        + max.toPlainString()
        + decimals;
  }
}
