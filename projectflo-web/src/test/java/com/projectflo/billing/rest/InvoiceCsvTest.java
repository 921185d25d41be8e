package com.projectflo.billing.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting and the guard against spreadsheet formulas in free text. */
class InvoiceCsvTest {

  @Test
  void everyCharacterAFormulaStartsWithGetsAnApostrophe() {
    for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
      assertThat(InvoiceCsv.free(start + "HYPERLINK(\"x\")"))
          .as("starting with %s", start.codePointAt(0))
          .isEqualTo("'" + start + "HYPERLINK(\"x\")");
    }
  }

  @Test
  void ordinaryTextAndNothingStayAsTheyAre() {
    assertThat(InvoiceCsv.free("Lake house wedding")).isEqualTo("Lake house wedding");
    assertThat(InvoiceCsv.free("O'Brien = 2")).isEqualTo("O'Brien = 2");
    assertThat(InvoiceCsv.free(null)).isEmpty();
  }

  @Test
  void fieldsWithSeparatorsQuotesOrLineBreaksAreQuotedAfterTheGuard() {
    assertThat(InvoiceCsv.line(List.of("PF-2026-000001", InvoiceCsv.free("=1+2, \"x\""))))
        .isEqualTo("PF-2026-000001,\"'=1+2, \"\"x\"\"\"\r\n");
    assertThat(InvoiceCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }
}
