package com.projectflo.billing.application;

import com.projectflo.platform.application.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a booked price is split into installments (docs/billing.md). Configured as {@code
 * label:percent:due;...} where due is {@code booking} or a number of days before the wedding, e.g.
 * {@code Retainer:25:booking;Second payment:50:60;Balance:25:14}. The percentages add up to 100;
 * the last installment takes whatever the rounded others leave, so the sum is exact to the cent.
 */
public final class PaymentSchedule {

  public static final String DEFAULT = "Retainer:25:booking;Second payment:50:60;Balance:25:14";

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** One part of the schedule; {@code daysBeforeWedding} null means due at booking. */
  public record Part(String label, BigDecimal percent, Integer daysBeforeWedding) {}

  /** A planned installment. */
  public record Planned(int sequence, String label, LocalDate dueDate, BigDecimal amount) {}

  private final List<Part> parts;

  private PaymentSchedule(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  public List<Part> parts() {
    return parts;
  }

  /** Parses the configured schedule; {@link IllegalArgumentException} names what is wrong. */
  public static PaymentSchedule parse(String spec) {
    List<Part> parts = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (String item : Objects.requireNonNull(spec, "schedule").split(";")) {
      if (item.isBlank()) {
        continue;
      }
      String[] fields = item.split(":");
      if (fields.length != 3 || fields[0].isBlank()) {
        throw new IllegalArgumentException(
            "Payment schedule part '" + item.strip() + "' is not label:percent:due");
      }
      BigDecimal percent;
      Integer days;
      try {
        percent = new BigDecimal(fields[1].strip());
        days =
            fields[2].strip().equalsIgnoreCase("booking")
                ? null
                : Integer.valueOf(fields[2].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "Payment schedule part '" + item.strip() + "': percent or due is not a number", e);
      }
      if (percent.signum() <= 0 || (days != null && days < 0)) {
        throw new IllegalArgumentException(
            "Payment schedule part '" + item.strip() + "': percent > 0 and days >= 0 expected");
      }
      total = total.add(percent);
      parts.add(new Part(fields[0].strip(), percent, days));
    }
    if (parts.isEmpty() || total.compareTo(HUNDRED) != 0) {
      throw new IllegalArgumentException(
          "Payment schedule percentages must add up to 100, not " + total);
    }
    return new PaymentSchedule(parts);
  }

  /**
   * The installments of {@code price}: each part rounded HALF_EVEN to the cent, the last one the
   * remainder; due dates before the booking date fall due on the booking date.
   */
  public List<Planned> split(BigDecimal price, LocalDate bookingDate, LocalDate weddingDate) {
    List<BigDecimal> amounts = spread(price, parts.stream().map(Part::percent).toList());
    List<Planned> planned = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      LocalDate due =
          part.daysBeforeWedding() == null
              ? bookingDate
              : weddingDate.minusDays(part.daysBeforeWedding());
      if (due.isBefore(bookingDate)) {
        due = bookingDate;
      }
      planned.add(new Planned(i + 1, part.label(), due, amounts.get(i)));
    }
    return planned;
  }

  /**
   * {@code total} shared in proportion to {@code weights}: every share but the last rounded
   * HALF_EVEN to the cent, the last one the remainder, so the shares add up to {@code total}
   * exactly. When the weights add up to zero, the last share takes everything.
   */
  public static List<BigDecimal> spread(BigDecimal total, List<BigDecimal> weights) {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("nothing to spread over");
    }
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<BigDecimal> shares = new ArrayList<>();
    BigDecimal given = Money.ZERO;
    for (int i = 0; i < weights.size() - 1; i++) {
      BigDecimal share =
          sum.signum() == 0
              ? Money.ZERO
              : Money.of(total.multiply(weights.get(i)).divide(sum, 10, RoundingMode.HALF_EVEN));
      shares.add(share);
      given = given.add(share);
    }
    shares.add(Money.of(total).subtract(given));
    return shares;
  }
}
