package com.projectflo.platform.persistence;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;

/**
 * Maps a JSONB column to a JSON-P value. pgjdbc hands JSONB back as a {@code PGobject}, so the
 * database side is read through {@code toString()}; it is written as text, which PostgreSQL casts
 * to JSONB because strings are sent untyped ({@code stringType=unspecified}).
 */
@Converter
public class JsonbConverter implements AttributeConverter<JsonValue, Object> {

  @Override
  public Object convertToDatabaseColumn(JsonValue value) {
    return value == null ? null : value.toString();
  }

  @Override
  public JsonValue convertToEntityAttribute(Object databaseValue) {
    if (databaseValue == null) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(databaseValue.toString()))) {
      return reader.readValue();
    }
  }
}
