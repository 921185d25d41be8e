package com.projectflo.crm.application;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an upload's names may be: the client's file name is only ever shown and offered back for
 * downloads, so it is reduced to a harmless display name; the part's content type must be a plain
 * {@code type/subtype} (RFC 6838), optionally with a charset.
 */
public final class DocumentNames {

  /** The display name when the client sent none (or nothing usable). */
  public static final String DEFAULT_FILE_NAME = "document";

  public static final int MAX_FILE_NAME = 255;

  public static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

  private static final String TOKEN = "[a-z0-9][a-z0-9!#$&^_.+-]{0,126}";
  private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN);
  private static final Pattern CHARSET = Pattern.compile("[a-z0-9][a-z0-9!#$%&'+^_`{}~.-]{0,39}");

  private DocumentNames() {}

  /**
   * The display name of a client's file name: its last path segment (no directories, so {@code
   * ../../etc/passwd} becomes {@code passwd}), NFC-normalised, without control or formatting
   * characters (bidi overrides), trimmed and cut to 255 characters; {@link #DEFAULT_FILE_NAME} when
   * nothing is left.
   */
  public static String displayName(String clientName) {
    if (clientName == null) {
      return DEFAULT_FILE_NAME;
    }
    String name = clientName;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    if (slash >= 0) {
      name = name.substring(slash + 1);
    }
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder clean = new StringBuilder(name.length());
    name.codePoints()
        .filter(c -> !Character.isISOControl(c))
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .filter(c -> Character.getType(c) != Character.UNASSIGNED)
        .filter(c -> Character.getType(c) != Character.SURROGATE)
        .forEach(clean::appendCodePoint);
    name = clean.toString().strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return DEFAULT_FILE_NAME;
    }
    if (name.codePointCount(0, name.length()) > MAX_FILE_NAME) {
      name = name.substring(0, name.offsetByCodePoints(0, MAX_FILE_NAME)).strip();
    }
    return name;
  }

  /**
   * The content type to store for a part's {@code Content-Type} header: {@code type/subtype} in
   * lower case, with its charset parameter when it has a well-formed one; application/octet-stream
   * when there is no header; null when the header is malformed.
   */
  public static String contentType(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT_CONTENT_TYPE;
    }
    String[] parts = header.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!MEDIA_TYPE.matcher(type).matches()) {
      return null;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
        String charset = parameter.substring(equals + 1).strip().replace("\"", "");
        charset = charset.toLowerCase(Locale.ROOT);
        if (CHARSET.matcher(charset).matches()) {
          return type + ";charset=" + charset;
        }
      }
    }
    return type;
  }
}
