package com.projectflo.platform.application;

/** Input clean-up shared by the command records. */
public final class Text {

  private Text() {}

  /** Trims, and turns an empty or blank value into null. */
  public static String trimToNull(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
