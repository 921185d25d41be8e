package com.projectflo.crm.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  @Test
  void offersAnAsciiFallbackAndTheExactUtf8Name() {
    assertThat(ContentDisposition.attachment("Zoë \"final\".pdf"))
        .isEqualTo(
            "attachment; filename=\"Zo_ _final_.pdf\"; filename*=UTF-8''Zo%C3%AB%20%22final%22.pdf");
  }

  @Test
  void encodesEverythingOutsideRfc8187AttrChars() {
    assertThat(ContentDisposition.percentEncode("a;b=c\\d'e%f")).isEqualTo("a%3Bb%3Dc%5Cd%27e%25f");
    assertThat(ContentDisposition.percentEncode("契約.pdf")).isEqualTo("%E5%A5%91%E7%B4%84.pdf");
  }
}
