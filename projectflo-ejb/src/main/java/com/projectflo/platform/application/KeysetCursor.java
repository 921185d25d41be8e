package com.projectflo.platform.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code cursor} of a list endpoint: the sort key of the last row of a page, as a
 * base64url-encoded JSON array. Clients pass it back unchanged; anything else is refused as a 400
 * on the {@code cursor} parameter.
 */
public final class KeysetCursor {

  public static final String PARAMETER = "cursor";

  private final JsonArray keys;

  private KeysetCursor(JsonArray keys) {
    this.keys = keys;
  }

  /** Encodes the key of the last row; supported parts are strings, integers and null. */
  public static String encode(Object... keyParts) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Object part : keyParts) {
      if (part == null) {
        array.addNull();
      } else if (part instanceof Integer i) {
        array.add(i);
      } else if (part instanceof Long l) {
        array.add(l);
      } else {
        array.add(part.toString());
      }
    }
    byte[] json = array.build().toString().getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
  }

  /** Decodes a cursor made by {@link #encode} with {@code size} parts. */
  public static KeysetCursor decode(String cursor, int size) {
    try {
      byte[] json = Base64.getUrlDecoder().decode(cursor);
      try (JsonReader reader =
          Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
        JsonArray array = reader.readArray();
        if (array.size() != size) {
          throw invalid();
        }
        return new KeysetCursor(array);
      }
    } catch (IllegalArgumentException | JsonException e) {
      throw invalid();
    }
  }

  public String string(int index) {
    JsonValue value = keys.get(index);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    throw invalid();
  }

  public int integer(int index) {
    if (keys.get(index) instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.intValueExact();
      } catch (ArithmeticException e) {
        throw invalid();
      }
    }
    throw invalid();
  }

  public long longInteger(int index) {
    if (keys.get(index) instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.longValueExact();
      } catch (ArithmeticException e) {
        throw invalid();
      }
    }
    throw invalid();
  }

  private static InvalidInputException invalid() {
    return new InvalidInputException(
        PARAMETER, "is not a cursor returned by this endpoint; start again without it");
  }
}
