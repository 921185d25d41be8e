package com.projectflo.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a new password is acceptable, following NIST SP 800-63B rather than composition
 * rules: a minimum length, a generous maximum, and a refusal of passwords that attackers try first
 * (breached favourites, keyboard walks, the user's own name) even when dressed up with capitals,
 * digits, a year or letter substitutions such as {@code P@ssw0rd2024!}.
 *
 * <p>The returned messages are meant for the user and never repeat the password or a part of it.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final String COMMON_PASSWORDS_RESOURCE =
      "/com/projectflo/platform/security/common-passwords.txt";
  private static final int MIN_PERSONAL_WORD_LETTERS = 4;
  private static final int MAX_REPEATED_GROUP = 3;
  private static final List<String> SEQUENCES =
      List.of(
          "abcdefghijklmnopqrstuvwxyz",
          "0123456789",
          "qwertyuiop",
          "asdfghjkl",
          "zxcvbnm",
          "qwertyuiopasdfghjklzxcvbnm",
          "qwertzuiop",
          "azertyuiop",
          "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
          "qazwsxedcrfvtgbyhnujmikolp");

  private final Set<String> commonPasswords;

  public PasswordPolicy() {
    this.commonPasswords = loadCommonPasswords();
  }

  public List<String> problems(String password, Collection<String> personalWords) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return List.of("must be at least " + MIN_LENGTH + " characters");
    }
    if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
      return List.of("must be at most " + MAX_LENGTH + " characters");
    }
    if (password.isBlank()) {
      return List.of("must not be only spaces");
    }
    List<String> problems = new ArrayList<>();
    String lower = password.toLowerCase(Locale.ROOT);
    String compact = withoutSeparators(lower);
    String unit = repeatedUnit(compact);
    if (isShortGroupRepeated(compact) || isSequence(compact) || isSequence(unit)) {
      problems.add(
          "must not be a repeated character or a simple sequence such as abcdef or 123456");
    }
    if (isCommonPassword(compact) || isCommonPassword(unit)) {
      problems.add(
          "is too common: it is, or is built on, one of the most used passwords"
              + " (adding digits, a year, symbols or look-alike characters does not help)");
    }
    if (containsPersonalWord(lower, personalWords)) {
      problems.add("must not contain your name or e-mail address");
    }
    return List.copyOf(problems);
  }

  private boolean isCommonPassword(String compact) {
    for (String candidate : cores(compact)) {
      if (commonPasswords.contains(candidate)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> cores(String compact) {
    Set<String> cores = new LinkedHashSet<>();
    String leadingStripped = stripLeadingNonLetters(compact);
    for (String variant :
        List.of(
            compact,
            leadingStripped,
            stripTrailingNonLetters(compact),
            stripTrailingNonLetters(leadingStripped))) {
      String undone = undoLeet(variant);
      cores.add(undone);
      cores.add(stripTrailingNonLetters(stripLeadingNonLetters(undone)));
    }
    cores.remove("");
    return cores;
  }

  private static boolean containsPersonalWord(String lower, Collection<String> personalWords) {
    if (personalWords == null) {
      return false;
    }
    String undone = undoLeet(withoutSeparators(lower));
    for (String personalWord : personalWords) {
      if (personalWord == null) {
        continue;
      }
      for (String token : personalWord.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (letterCount(token) >= MIN_PERSONAL_WORD_LETTERS && undone.contains(undoLeet(token))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The shortest text that repeated makes up the whole input, such as "abc" for "abcabcabc". */
  private static String repeatedUnit(String text) {
    for (int length = 1; length <= text.length() / 2; length++) {
      if (text.length() % length == 0
          && text.substring(0, length).repeat(text.length() / length).equals(text)) {
        return text.substring(0, length);
      }
    }
    return text;
  }

  private static boolean isShortGroupRepeated(String text) {
    for (int group = 1; group <= MAX_REPEATED_GROUP && group < text.length(); group++) {
      boolean repeated = true;
      for (int i = group; i < text.length() && repeated; i++) {
        repeated = text.charAt(i) == text.charAt(i - group);
      }
      if (repeated) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSequence(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (String sequence : SEQUENCES) {
      String reversed = new StringBuilder(sequence).reverse().toString();
      for (String direction : List.of(sequence, reversed)) {
        if (cycled(direction, text.length()).contains(text)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String cycled(String sequence, int length) {
    return sequence.repeat(length / sequence.length() + 2);
  }

  private static String withoutSeparators(String text) {
    return text.replaceAll("[\\s._-]+", "");
  }

  private static String stripLeadingNonLetters(String text) {
    int start = 0;
    while (start < text.length() && !Character.isLetter(text.charAt(start))) {
      start++;
    }
    return text.substring(start);
  }

  private static String stripTrailingNonLetters(String text) {
    int end = text.length();
    while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * Maps look-alike characters onto one letter. {@code 1}, {@code i} and {@code l} all become
   * {@code i}, so both sides of every comparison must go through this method.
   */
  private static String undoLeet(String text) {
    StringBuilder undone = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      undone.append(
          switch (c) {
            case '0' -> 'o';
            case '1', 'l', '!', '|' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            default -> c;
          });
    }
    return undone.toString();
  }

  private static int letterCount(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }

  private static Set<String> loadCommonPasswords() {
    InputStream stream = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS_RESOURCE);
    if (stream == null) {
      throw new IllegalStateException(COMMON_PASSWORDS_RESOURCE + " is missing from the classpath");
    }
    Set<String> passwords = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String entry = withoutSeparators(line.strip().toLowerCase(Locale.ROOT));
        if (!entry.isEmpty()) {
          passwords.add(undoLeet(entry));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS_RESOURCE, e);
    }
    return Set.copyOf(passwords);
  }
}
