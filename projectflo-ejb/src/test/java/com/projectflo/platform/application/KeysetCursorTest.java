package com.projectflo.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

  @Test
  void decodesWhatItEncoded() {
    String cursor = KeysetCursor.encode("doe jane", 42);

    KeysetCursor decoded = KeysetCursor.decode(cursor, 2);

    assertThat(decoded.string(0)).isEqualTo("doe jane");
    assertThat(decoded.integer(1)).isEqualTo(42);
  }

  @Test
  void isUrlSafeAndOpaque() {
    String cursor = KeysetCursor.encode("ünïcødé/+?&", 7);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(KeysetCursor.decode(cursor, 2).string(0)).isEqualTo("ünïcødé/+?&");
  }

  @Test
  void keepsNullKeyParts() {
    assertThat(KeysetCursor.decode(KeysetCursor.encode(null, 1), 2).string(0)).isNull();
  }

  @Test
  void refusesAnythingItDidNotMakeAsABadCursorParameter() {
    String notJson = b64("not json");
    String wrongSize = KeysetCursor.encode("a", 1, 2);
    String wrongTypes = KeysetCursor.encode(1, "a");
    String tooBig = b64("[\"a\", 99999999999]");
    for (String bad : new String[] {"%%%", notJson, wrongSize, b64("{\"a\":1}"), tooBig}) {
      assertThatThrownBy(() -> KeysetCursor.decode(bad, 2).integer(1))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(FieldViolation::field)
                      .containsExactly("cursor"));
    }
    assertThatThrownBy(() -> KeysetCursor.decode(wrongTypes, 2).string(0))
        .isInstanceOf(InvalidInputException.class);
  }

  private static String b64(String text) {
    return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
