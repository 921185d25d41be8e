package com.projectflo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static final PasswordPolicy POLICY = new PasswordPolicy();
  private static final List<String> NONE = List.of();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "correct horse battery staple 42",
        "Glacier-Tulip-Anvil-Mosaic",
        "vK8#qLz2!wPm9rT",
        "my cat ate 3 socks on tuesday"
      })
  void acceptsGoodPasswords(String password) {
    assertThat(POLICY.problems(password, List.of("jane.doe", "Jane", "Doe"))).isEmpty();
  }

  @Test
  void requiresAMinimumLength() {
    assertThat(POLICY.problems(null, NONE)).containsExactly("must be at least 12 characters");
    assertThat(POLICY.problems("", NONE)).containsExactly("must be at least 12 characters");
    assertThat(POLICY.problems("vK8#qLz2!wP", NONE))
        .containsExactly("must be at least 12 characters");
  }

  @Test
  void countsCharactersNotUtf16Units() {
    String elevenEmoji = "\uD83D\uDE00".repeat(11);

    assertThat(POLICY.problems(elevenEmoji, NONE))
        .containsExactly("must be at least 12 characters");
  }

  @Test
  void capsTheLength() {
    assertThat(POLICY.problems("vK8#qLz2!wPm9rT".repeat(9), NONE))
        .containsExactly("must be at most 128 characters");
    assertThat(POLICY.problems("vK8#qLz2!wPm9rT".repeat(9).substring(0, 128), NONE)).isEmpty();
  }

  @Test
  void refusesOnlyWhitespace() {
    assertThat(POLICY.problems(" \t".repeat(8), NONE)).containsExactly("must not be only spaces");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "aaaaaaaaaaaa",
        "ZZZZZZZZZZZZZZZZ",
        "abcabcabcabc",
        "abcdefghijklm",
        "mnopqrstuvwxyz",
        "zyxwvutsrqpon",
        "123456789012",
        "098765432109",
        "qwertyuiopasdf",
        "QWERTYUIOPQW",
        "asdfghjklasd",
        "1qaz2wsx3edc4rfv",
        "abcdabcdabcdabcd",
        "a b c d e f g h i j k l"
      })
  void refusesRepetitionsAndSequences(String password) {
    assertThat(POLICY.problems(password, NONE))
        .contains("must not be a repeated character or a simple sequence such as abcdef or 123456");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "passwordpassword",
        "Password2024!",
        "P@ssw0rd123456",
        "!!Sunshine1987!!",
        "1L0v3Y0u2024!",
        "iloveyou12345",
        "Football-2023-",
        "@dmin20242024",
        "Wedding2025!!",
        "Videography2024",
        "ProjectFlo2025!",
        "123456789123456789"
      })
  void refusesCommonPasswordsAndTheirVariants(String password) {
    assertThat(POLICY.problems(password, NONE))
        .anySatisfy(problem -> assertThat(problem).startsWith("is too common"));
  }

  @Test
  void refusesPersonalWords() {
    List<String> personal = List.of("jane.doe+work", "Jane", "Doe", "Stellamaris");

    assertThat(POLICY.problems("blue JANE riverbank 7", personal))
        .containsExactly("must not contain your name or e-mail address");
    assertThat(POLICY.problems("st3ll@maris rocks!", personal))
        .containsExactly("must not contain your name or e-mail address");
    assertThat(POLICY.problems("weekend work planning", personal))
        .containsExactly("must not contain your name or e-mail address");
  }

  @Test
  void ignoresPersonalWordsShorterThanFourLetters() {
    assertThat(POLICY.problems("doe river gallop 77", List.of("Doe", "Al", ""))).isEmpty();
    assertThat(POLICY.problems("doe river gallop 77", null)).isEmpty();
    assertThat(POLICY.problems("doe river gallop 77", Arrays.asList("x", null))).isEmpty();
  }

  @Test
  void neverRepeatsThePassword() {
    String password = "P@ssw0rd123456";
    List<String> personal = List.of("ssw0rd");

    assertThat(POLICY.problems(password, personal))
        .isNotEmpty()
        .allSatisfy(
            problem -> {
              assertThat(problem).doesNotContainIgnoringCase(password);
              assertThat(problem).doesNotContainIgnoringCase("p@ssw0rd");
              assertThat(problem).doesNotContainIgnoringCase("ssw0");
            });
  }
}
