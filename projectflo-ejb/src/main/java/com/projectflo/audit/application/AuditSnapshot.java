package com.projectflo.audit.application;

import com.projectflo.platform.persistence.LabeledEnum;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The audited state of an object: the components of a record as JSON values, without anything
 * secret (a component whose name mentions a password, hash, token or secret is left out).
 */
public final class AuditSnapshot {

  private static final String[] SECRET_WORDS = {"password", "hash", "token", "secret"};

  private AuditSnapshot() {}

  public static Map<String, JsonValue> of(Record state) {
    Map<String, JsonValue> values = new LinkedHashMap<>();
    if (state == null) {
      return values;
    }
    for (RecordComponent component : state.getClass().getRecordComponents()) {
      if (isSecret(component.getName())) {
        continue;
      }
      try {
        Method accessor = component.getAccessor();
        accessor.setAccessible(true); // state records are often package-private
        values.put(component.getName(), toJson(accessor.invoke(state)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + component.getName(), e);
      }
    }
    return values;
  }

  static boolean isSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String word : SECRET_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof BigDecimal decimal) {
      return Json.createValue(decimal);
    }
    if (value instanceof LabeledEnum labeled) {
      return Json.createValue(labeled.label());
    }
    if (value instanceof Collection<?> items) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      items.forEach(item -> array.add(toJson(item)));
      return array.build();
    }
    return Json.createValue(value.toString());
  }
}
