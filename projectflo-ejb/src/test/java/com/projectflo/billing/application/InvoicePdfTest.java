package com.projectflo.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.billing.model.Invoice;
import com.projectflo.billing.model.InvoiceStatus;
import com.projectflo.billing.model.Payment;
import com.projectflo.crm.model.Client;
import com.projectflo.crm.model.Contact;
import com.projectflo.execution.model.Project;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Every line of an invoice ends up on a page, inside the margins, however long the content. */
class InvoicePdfTest {

  private static final float MARGIN = 56;

  @Test
  void aShortInvoiceIsOnePageWithItsFigures() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(InvoicePdf.render(invoice(null), payments(2)))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Invoice PF-2026-000042", "Total: 5000.00", "TX-0001", "TX-0002");
    }
  }

  @Test
  void manyPaymentsFlowOntoMorePagesAndLongTextWrapsInsideTheMargins() throws IOException {
    String reason = "Cancelled at the couple's request " + "because-of-a-very-long-word".repeat(12);
    reason = reason + " and then " + "more words ".repeat(150) + "THE-END";
    byte[] bytes = InvoicePdf.render(invoice(reason), payments(80));

    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      List<TextPosition> outside = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions)
                throws IOException {
              for (TextPosition p : positions) {
                boolean inside =
                    p.getXDirAdj() >= MARGIN - 0.5
                        && p.getXDirAdj() + p.getWidthDirAdj()
                            <= PDRectangle.A4.getWidth() - MARGIN + 0.5
                        && p.getYDirAdj() <= PDRectangle.A4.getHeight() - MARGIN + 16;
                if (!inside) {
                  outside.add(p);
                }
              }
              super.writeString(text, positions);
            }
          };
      String text = stripper.getText(pdf);
      for (int i = 1; i <= 80; i++) {
        assertThat(text).contains(String.format("TX-%04d", i));
      }
      assertThat(text).contains("THE-END", "Invoice PF-2026-000042 (continued)");
      assertThat(outside).as("glyphs outside the margins").isEmpty();
    }
  }

  private static Invoice invoice(String voidReason) {
    Contact contact = new Contact();
    contact.setFirstName("Ana");
    contact.setLastName("Río");
    contact.setEmail("ana@couples.test");
    Client client = new Client();
    client.setContact(contact);
    Project project = new Project();
    project.setClient(client);
    project.setProjectName("Lake house wedding");
    Invoice invoice = new Invoice();
    invoice.setProject(project);
    invoice.setInvoiceNumber("PF-2026-000042");
    invoice.setIssueDate(LocalDate.of(2026, 12, 1));
    invoice.setDueDate(LocalDate.of(2026, 12, 15));
    invoice.setTotalAmount(new BigDecimal("5000.00"));
    invoice.setAmountPaid(new BigDecimal("0.00"));
    invoice.setStatus(voidReason == null ? InvoiceStatus.ISSUED : InvoiceStatus.VOID);
    invoice.setVoidReason(voidReason);
    return invoice;
  }

  private static List<Payment> payments(int count) {
    List<Payment> payments = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Payment payment = new Payment();
      payment.setPaymentDate(OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC));
      payment.setAmount(new BigDecimal("10.00"));
      payment.setPaymentMethod("Card");
      payment.setTransactionId(String.format("TX-%04d", i));
      payments.add(payment);
    }
    return payments;
  }
}
