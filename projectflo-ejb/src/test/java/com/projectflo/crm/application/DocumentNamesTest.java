package com.projectflo.crm.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNamesTest {

  @Test
  void keepsOnlyTheLastPathSegmentOfAClientFileName() {
    assertThat(DocumentNames.displayName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(DocumentNames.displayName("C:\\Users\\ann\\contract.pdf")).isEqualTo("contract.pdf");
    assertThat(DocumentNames.displayName("/..")).isEqualTo(DocumentNames.DEFAULT_FILE_NAME);
    assertThat(DocumentNames.displayName("..")).isEqualTo(DocumentNames.DEFAULT_FILE_NAME);
  }

  @Test
  void dropsControlAndBidiCharactersAndKeepsUnicodeLetters() {
    assertThat(DocumentNames.displayName("a\u0000b\r\n.txt")).isEqualTo("ab.txt");
    assertThat(DocumentNames.displayName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
    assertThat(DocumentNames.displayName("  Zoë & Łukasz – 契約.pdf "))
        .isEqualTo("Zoë & Łukasz – 契約.pdf");
  }

  @Test
  void normalisesToNfcAndCutsTo255CodePoints() {
    assertThat(DocumentNames.displayName("Zoe\u0308.pdf")).isEqualTo("Zoë.pdf");
    String longName = "😀".repeat(300);
    String cut = DocumentNames.displayName(longName);
    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(255);
  }

  @Test
  void fallsBackToADefaultWithoutAUsableName() {
    assertThat(DocumentNames.displayName(null)).isEqualTo("document");
    assertThat(DocumentNames.displayName("   ")).isEqualTo("document");
    assertThat(DocumentNames.displayName("dir/")).isEqualTo("document");
  }

  @Test
  void acceptsPlainMediaTypesWithAnOptionalCharset() {
    assertThat(DocumentNames.contentType("Application/PDF")).isEqualTo("application/pdf");
    assertThat(DocumentNames.contentType("text/plain; charset=\"UTF-8\"; format=flowed"))
        .isEqualTo("text/plain;charset=utf-8");
    assertThat(DocumentNames.contentType("image/svg+xml")).isEqualTo("image/svg+xml");
    assertThat(DocumentNames.contentType(null)).isEqualTo("application/octet-stream");
  }

  @Test
  void refusesMalformedMediaTypes() {
    assertThat(DocumentNames.contentType("pdf")).isNull();
    assertThat(DocumentNames.contentType("text/html\r\nX-Evil: 1")).isNull();
    assertThat(DocumentNames.contentType("*/*")).isNull();
    assertThat(DocumentNames.contentType("a/b/c")).isNull();
  }
}
