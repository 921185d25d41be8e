package com.projectflo.billing.application;

/** Invoice numbers {@code PF-<year>-<6 digits>}, counted per year from 1 without gaps. */
public final class InvoiceNumbers {

  private InvoiceNumbers() {}

  public static String format(int year, int number) {
    return "PF-%d-%06d".formatted(year, number);
  }
}
