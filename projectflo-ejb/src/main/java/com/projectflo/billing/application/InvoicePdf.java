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

/**
 * An invoice PDF (Apache PDFBox, standard Helvetica: no font files needed): long text wraps at the
 * margin and the lines flow onto further pages, each headed with the invoice number.
 */
final class InvoicePdf {

  private static final float MARGIN = 56;
  private static final float LINE = 16;
  private static final float TEXT_SIZE = 11;
  private static final float TITLE_SIZE = 20;
  private static final PDRectangle PAGE = PDRectangle.A4;

  private InvoicePdf() {}

  static byte[] render(Invoice invoice, List<Payment> payments) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Invoice " + invoice.getInvoiceNumber());
      info.setCreator("ProjectFlo");
      float width = PAGE.getWidth() - 2 * MARGIN;
      List<String> lines = new ArrayList<>();
      for (String line : lines(invoice, payments)) {
        lines.addAll(wrap(regular, printable(regular, line), width));
      }
      String title = printable(regular, "Invoice " + invoice.getInvoiceNumber());
      int next = 0;
      do {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(document, page)) {
          text.beginText();
          float y = PAGE.getHeight() - MARGIN;
          text.newLineAtOffset(MARGIN, y);
          boolean first = next == 0;
          text.setFont(bold, first ? TITLE_SIZE : TEXT_SIZE);
          text.showText(first ? title : title + " (continued)");
          text.setFont(regular, TEXT_SIZE);
          text.newLineAtOffset(0, -2 * LINE);
          y -= 2 * LINE;
          for (; next < lines.size() && y >= MARGIN; next++, y -= LINE) {
            text.showText(lines.get(next));
            text.newLineAtOffset(0, -LINE);
          }
          text.endText();
        }
      } while (next < lines.size());
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The line broken at spaces into pieces no wider than {@code width}; a word wider than that is
   * broken where it reaches the edge. Continuations keep the line's indentation.
   */
  static List<String> wrap(PDType1Font font, String line, float width) throws IOException {
    if (line.isEmpty() || width(font, line) <= width) {
      return List.of(line);
    }
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    List<String> pieces = new ArrayList<>();
    String current = ""; // the piece being filled, without the indentation
    for (String word : line.strip().split(" +")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (width(font, indent + candidate) <= width) {
        current = candidate;
        continue;
      }
      if (!current.isEmpty()) {
        pieces.add(indent + current);
      }
      current = "";
      for (int c = 0; c < word.length(); ) {
        int end = word.offsetByCodePoints(c, 1);
        String longer = current + word.substring(c, end);
        if (!current.isEmpty() && width(font, indent + longer) > width) {
          pieces.add(indent + current);
          longer = word.substring(c, end);
        }
        current = longer;
        c = end;
      }
    }
    if (!current.isEmpty()) {
      pieces.add(indent + current);
    }
    return pieces;
  }

  private static float width(PDType1Font font, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * TEXT_SIZE;
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
