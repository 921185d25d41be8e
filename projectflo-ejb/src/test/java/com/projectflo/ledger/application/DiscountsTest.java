package com.projectflo.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.projectflo.ledger.model.DiscountType;
import com.projectflo.platform.application.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DiscountsTest {

  private static BigDecimal amount(DiscountType type, String value, String reason, String delta) {
    return Discounts.amount(
        type, value == null ? null : new BigDecimal(value), reason, new BigDecimal(delta));
  }

  private static String badField(Runnable call) {
    try {
      call.run();
    } catch (InvalidInputException e) {
      return e.violations().get(0).field();
    }
    throw new AssertionError("no InvalidInputException");
  }

  @Test
  void aPercentageOfTheDeltaRoundsHalfEven() {
    // 12.5 % of 100.10 = 12.5125 → 12.51; of 0.20 = 0.025 → 0.02 (half to even)
    assertThat(amount(DiscountType.PERCENTAGE, "12.5", "loyal", "100.10")).isEqualTo("12.51");
    assertThat(amount(DiscountType.PERCENTAGE, "12.5", "loyal", "0.20")).isEqualTo("0.02");
    assertThat(amount(DiscountType.PERCENTAGE, "100", "gift", "80.00")).isEqualTo("80.00");
  }

  @Test
  void aFixedDiscountIsItsAmountAndNoDiscountIsZero() {
    assertThat(amount(DiscountType.FIXED, "20", "goodwill", "-300.00")).isEqualTo("20.00");
    assertThat(amount(null, null, null, "50.00")).isEqualTo("0.00");
  }

  @Test
  void badDiscountsNameTheirField() {
    assertThat(badField(() -> amount(null, "5", "r", "10.00"))).isEqualTo("discountType");
    assertThat(badField(() -> amount(DiscountType.FIXED, null, "r", "10.00")))
        .isEqualTo("discountValue");
    assertThat(badField(() -> amount(DiscountType.PERCENTAGE, "100.01", "r", "10.00")))
        .isEqualTo("discountValue");
    assertThat(badField(() -> amount(DiscountType.PERCENTAGE, "0", "r", "10.00")))
        .isEqualTo("discountValue");
    assertThat(badField(() -> amount(DiscountType.FIXED, "1.005", "r", "10.00")))
        .isEqualTo("discountValue");
    assertThat(badField(() -> amount(DiscountType.FIXED, "5", " ", "10.00")))
        .isEqualTo("discountReason");
    assertThat(badField(() -> amount(DiscountType.PERCENTAGE, "10", "r", "-10.00")))
        .isEqualTo("discountType");
    assertThatThrownBy(() -> amount(DiscountType.PERCENTAGE, "10", "r", "0.00"))
        .isInstanceOf(InvalidInputException.class);
  }
}
