package com.projectflo.crm.rest;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a download (RFC 6266): {@code filename} with an ASCII
 * fallback for old clients and {@code filename*} with the exact UTF-8 name (RFC 5987/8187).
 */
final class ContentDisposition {

  private ContentDisposition() {}

  static String attachment(String fileName) {
    return "attachment; filename=\""
        + asciiFallback(fileName)
        + "\"; filename*=UTF-8''"
        + percentEncode(fileName);
  }

  /** Printable ASCII except the quote and backslash; anything else becomes '_'. */
  static String asciiFallback(String fileName) {
    StringBuilder ascii = new StringBuilder(fileName.length());
    fileName
        .codePoints()
        .forEach(
            c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
    return ascii.toString();
  }

  /** RFC 8187 value-chars: attr-char as is, every other byte of the UTF-8 form as %XX. */
  static String percentEncode(String fileName) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        encoded.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }
}
