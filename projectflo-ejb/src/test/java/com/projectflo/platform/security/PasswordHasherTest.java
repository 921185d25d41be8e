package com.projectflo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private static final int TEST_ITERATIONS = 10_000;

  private final PasswordHasher hasher = new PasswordHasher(TEST_ITERATIONS);

  @Test
  void defaultsToOwaspRecommendation() {
    assertThat(PasswordHasher.DEFAULT_ITERATIONS).isEqualTo(600_000);
  }

  @Test
  void verifiesTheHashedPassword() {
    String stored = hasher.hash("correct horse".toCharArray());

    assertThat(hasher.verify("correct horse".toCharArray(), stored)).isTrue();
  }

  @Test
  void rejectsAWrongPassword() {
    String stored = hasher.hash("correct horse".toCharArray());

    assertThat(hasher.verify("correct horsf".toCharArray(), stored)).isFalse();
    assertThat(hasher.verify(new char[0], stored)).isFalse();
    assertThat(hasher.verify(null, stored)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    String first = hasher.hash("same password".toCharArray());
    String second = hasher.hash("same password".toCharArray());

    assertThat(first).isNotEqualTo(second);
    assertThat(hasher.verify("same password".toCharArray(), first)).isTrue();
    assertThat(hasher.verify("same password".toCharArray(), second)).isTrue();
  }

  @Test
  void writesTheJakartaSecurityPbkdf2Format() {
    String stored = hasher.hash("a password".toCharArray());

    String[] parts = stored.split(":");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(parts[1]).isEqualTo("10000");
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
  }

  @Test
  void verifiesHashesMadeWithAnotherIterationCount() {
    String stored = new PasswordHasher(12_000).hash("a password".toCharArray());

    assertThat(hasher.verify("a password".toCharArray(), stored)).isTrue();
  }

  @Test
  void asksForARehashWhenTheStoredCountIsLowerOrTheFormatUnknown() {
    String weaker = hasher.hash("a password".toCharArray());
    PasswordHasher stronger = new PasswordHasher(20_000);

    assertThat(stronger.needsRehash(weaker)).isTrue();
    assertThat(hasher.needsRehash(weaker)).isFalse();
    assertThat(hasher.needsRehash(stronger.hash("a password".toCharArray()))).isFalse();
    assertThat(hasher.needsRehash(null)).isTrue();
    assertThat(hasher.needsRehash("$2a$10$abcdefghijklmnopqrstuv")).isTrue();
  }

  @Test
  void treatsMalformedStoredValuesAsNoMatch() {
    String valid = hasher.hash("a password".toCharArray());
    String[] parts = valid.split(":");
    String[] malformed = {
      null,
      "",
      "plain text",
      "$2a$10$abcdefghijklmnopqrstuv",
      "PBKDF2WithHmacSHA1:10000:" + parts[2] + ":" + parts[3],
      "PBKDF2WithHmacSHA256:ten:" + parts[2] + ":" + parts[3],
      "PBKDF2WithHmacSHA256:0:" + parts[2] + ":" + parts[3],
      "PBKDF2WithHmacSHA256:2147483647:" + parts[2] + ":" + parts[3],
      "PBKDF2WithHmacSHA256:10000:%%%:" + parts[3],
      "PBKDF2WithHmacSHA256:10000:" + parts[2] + ":",
      "PBKDF2WithHmacSHA256:10000:" + parts[2],
      valid + ":extra"
    };
    for (String stored : malformed) {
      assertThat(hasher.verify("a password".toCharArray(), stored)).as(stored).isFalse();
    }
  }

  @Test
  void spendsTimeForUnknownUsersWithoutFailing() {
    hasher.spendEquivalentTime("anything".toCharArray());
    hasher.spendEquivalentTime(null);
  }

  @Test
  void refusesTooFewIterations() {
    assertThatThrownBy(() -> new PasswordHasher(9_999))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leavesTheCallersPasswordIntact() {
    char[] password = "keep me".toCharArray();

    hasher.verify(password, hasher.hash(password));

    assertThat(password).containsExactly("keep me".toCharArray());
  }
}
