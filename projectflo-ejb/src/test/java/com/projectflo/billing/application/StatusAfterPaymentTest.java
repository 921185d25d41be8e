package com.projectflo.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.billing.model.Invoice;
import com.projectflo.billing.model.InvoiceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The status an invoice takes after a payment or refund (docs/billing.md, step 5). */
class StatusAfterPaymentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  @Test
  void paidInFullIsPaidWhateverTheDate() {
    assertThat(status("100.00", "100.00", TODAY.minusDays(5), InvoiceStatus.OVERDUE))
        .isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void partOfAnInvoiceNotYetDueIsPartiallyPaidAndNothingIsIssued() {
    assertThat(status("100.00", "40.00", TODAY, InvoiceStatus.ISSUED))
        .isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThat(status("100.00", "0.00", TODAY.plusDays(3), InvoiceStatus.PAID))
        .isEqualTo(InvoiceStatus.ISSUED);
  }

  @Test
  void aRefundOnAnInvoicePastItsDueDateMakesItOverdueAtOnce() {
    assertThat(status("100.00", "60.00", TODAY.minusDays(1), InvoiceStatus.PAID))
        .isEqualTo(InvoiceStatus.OVERDUE);
  }

  @Test
  void anOverdueInvoiceStaysOverdueUntilPaid() {
    assertThat(status("100.00", "10.00", TODAY.plusDays(1), InvoiceStatus.OVERDUE))
        .isEqualTo(InvoiceStatus.OVERDUE);
  }

  @Test
  void aCreditNoteIsSettledWhenRefundedInFullAndNeverOverdue() {
    assertThat(status("-350.00", "-350.00", TODAY.minusDays(9), InvoiceStatus.PARTIALLY_PAID))
        .isEqualTo(InvoiceStatus.PAID);
    assertThat(status("-350.00", "-100.00", TODAY.minusDays(9), InvoiceStatus.ISSUED))
        .isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThat(status("-350.00", "0.00", TODAY.minusDays(9), InvoiceStatus.PARTIALLY_PAID))
        .isEqualTo(InvoiceStatus.ISSUED);
  }

  private static InvoiceStatus status(
      String total, String paid, LocalDate due, InvoiceStatus before) {
    Invoice invoice = new Invoice();
    invoice.setTotalAmount(new BigDecimal(total));
    invoice.setAmountPaid(new BigDecimal(paid));
    invoice.setDueDate(due);
    invoice.setStatus(before);
    return PaymentService.statusAfterPayment(invoice, TODAY);
  }
}
