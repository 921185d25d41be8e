package com.projectflo.billing.application;

import com.projectflo.billing.model.Invoice;
import com.projectflo.billing.model.Payment;
import com.projectflo.crm.model.Contact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A one-page invoice PDF (Apache PDFBox, standard Helvetica: no font files needed). */
final class InvoicePdf {

  private static final float MARGIN = 56;
  private static final float LINE = 16;

  private InvoicePdf() {}

  static byte[] render(Invoice invoice, List<Payment> payments) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Invoice " + invoice.getInvoiceNumber());
      info.setCreator("ProjectFlo");
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
        text.setFont(bold, 20);
        text.showText(printable(regular, "Invoice " + invoice.getInvoiceNumber()));
        text.setFont(regular, 11);
        text.newLineAtOffset(0, -2 * LINE);
        for (String line : lines(invoice, payments)) {
          text.showText(printable(regular, line));
          text.newLineAtOffset(0, -LINE);
        }
        text.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Invoice invoice, List<Payment> payments) {
    List<String> lines = new ArrayList<>();
    Contact contact = invoice.getProject().getClient().getContact();
    lines.add("ProjectFlo wedding films");
    lines.add("");
    lines.add("Billed to: " + name(contact));
    if (contact.getEmail() != null) {
      lines.add(contact.getEmail());
    }
    lines.add("Project: " + invoice.getProject().getProjectName());
    lines.add("");
    lines.add("Status: " + invoice.getStatus().label());
    lines.add("Issue date: " + invoice.getIssueDate());
    lines.add("Due date: " + invoice.getDueDate());
    lines.add("");
    lines.add("Total: " + invoice.getTotalAmount());
    lines.add("Paid: " + invoice.getAmountPaid());
    lines.add("Outstanding: " + invoice.outstanding());
    if (!payments.isEmpty()) {
      lines.add("");
      lines.add("Payments:");
      for (Payment payment : payments) {
        lines.add(
            "  "
                + payment.getPaymentDate().toLocalDate()
                + "  "
                + payment.getAmount()
                + "  "
                + payment.getPaymentMethod()
                + (payment.getTransactionId() == null ? "" : "  " + payment.getTransactionId()));
      }
    }
    if (invoice.getVoidReason() != null) {
      lines.add("");
      lines.add("VOID: " + invoice.getVoidReason());
    }
    return lines;
  }

  private static String name(Contact contact) {
    String name =
        Stream.of(contact.getFirstName(), contact.getLastName())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" "));
    return name.isEmpty() ? contact.getEmail() : name;
  }

  /** The text with every character the font cannot encode (outside WinAnsi) replaced by '?'. */
  private static String printable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              String ch = new String(Character.toChars(c));
              try {
                font.encode(ch);
                out.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }
}
