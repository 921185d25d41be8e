package com.projectflo.billing.rest;

import com.projectflo.billing.model.Invoice;
import com.projectflo.crm.model.Contact;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Invoice rows as RFC 4180 CSV: CRLF line ends; a field with a comma, quote, CR or LF is quoted and
 * its quotes doubled. Free-text fields starting with = + - @ are prefixed with an apostrophe so
 * that spreadsheets do not run them as formulas.
 */
final class InvoiceCsv {

  static final String HEADER =
      line(
          List.of(
              "invoiceNumber",
              "status",
              "issueDate",
              "dueDate",
              "totalAmount",
              "amountPaid",
              "outstanding",
              "projectId",
              "projectName",
              "clientId",
              "clientName",
              "voidReason"));

  private InvoiceCsv() {}

  static String row(Invoice invoice) {
    Contact contact = invoice.getProject().getClient().getContact();
    String clientName =
        Stream.of(contact.getFirstName(), contact.getLastName())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" "));
    return line(
        List.of(
            text(invoice.getInvoiceNumber()),
            invoice.getStatus().label(),
            text(invoice.getIssueDate()),
            text(invoice.getDueDate()),
            invoice.getTotalAmount().toPlainString(),
            invoice.getAmountPaid().toPlainString(),
            invoice.outstanding().toPlainString(),
            String.valueOf(invoice.getProject().getId()),
            free(invoice.getProject().getProjectName()),
            String.valueOf(invoice.getProject().getClient().getId()),
            free(clientName),
            free(invoice.getVoidReason())));
  }

  static String line(List<String> fields) {
    return fields.stream().map(InvoiceCsv::quote).collect(Collectors.joining(",")) + "\r\n";
  }

  static String quote(String field) {
    if (field.contains(",")
        || field.contains("\"")
        || field.contains("\r")
        || field.contains("\n")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /**
   * Free text a person typed: a leading character a spreadsheet would start a formula with (OWASP's
   * list: = + - @ tab carriage return) gets an apostrophe before it.
   */
  static String free(String value) {
    String text = Objects.requireNonNullElse(value, "");
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static final String FORMULA_STARTS = "=+-@\t\r";
}
