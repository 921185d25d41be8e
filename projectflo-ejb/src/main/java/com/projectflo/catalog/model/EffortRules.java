package com.projectflo.catalog.model;

import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.Money;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON of {@code task_templates.effort_calculation_rules} (docs/pricing.md): effort hours =
 * {@code baseHours + hoursPerTargetMinute × target minutes}, then raised to {@code minHours} and
 * capped at {@code maxHours}. Every key is optional but one of the first two must be there; all are
 * numbers ≥ 0. Example: {@code {"baseHours": 2, "hoursPerTargetMinute": 0.5, "maxHours": 40}}.
 */
public record EffortRules(
    BigDecimal baseHours,
    BigDecimal hoursPerTargetMinute,
    BigDecimal minHours,
    BigDecimal maxHours) {

  public static final String BASE_HOURS = "baseHours";
  public static final String HOURS_PER_TARGET_MINUTE = "hoursPerTargetMinute";
  public static final String MIN_HOURS = "minHours";
  public static final String MAX_HOURS = "maxHours";

  private static final Set<String> KEYS =
      Set.of(BASE_HOURS, HOURS_PER_TARGET_MINUTE, MIN_HOURS, MAX_HOURS);

  /**
   * Reads and checks rules; problems are reported on {@code field + "." + key} (the whole field
   * when it is not an object).
   *
   * @throws InvalidInputException naming every bad key
   */
  public static EffortRules parse(JsonValue json, String field) {
    if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (json.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidInputException(field, "must be a JSON object");
    }
    JsonObject object = json.asJsonObject();
    List<FieldViolation> errors = new ArrayList<>();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      String key = entry.getKey();
      if (!KEYS.contains(key)) {
        errors.add(new FieldViolation(field + "." + key, "is not a known key; use " + known()));
      } else if (!(entry.getValue() instanceof JsonNumber number)
          || number.bigDecimalValue().signum() < 0) {
        errors.add(new FieldViolation(field + "." + key, "must be a number ≥ 0"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    EffortRules rules =
        new EffortRules(
            number(object, BASE_HOURS),
            number(object, HOURS_PER_TARGET_MINUTE),
            number(object, MIN_HOURS),
            number(object, MAX_HOURS));
    if (rules.baseHours == null && rules.hoursPerTargetMinute == null) {
      throw new InvalidInputException(
          field, "needs " + BASE_HOURS + " or " + HOURS_PER_TARGET_MINUTE);
    }
    if (rules.minHours != null
        && rules.maxHours != null
        && rules.minHours.compareTo(rules.maxHours) > 0) {
      throw new InvalidInputException(field + "." + MIN_HOURS, "must not exceed " + MAX_HOURS);
    }
    return rules;
  }

  /**
   * The effort in hours (scale 2, HALF_EVEN) for a target length; no length counts as 0 minutes.
   */
  public BigDecimal effortFor(BigDecimal targetMinutes) {
    BigDecimal hours = baseHours == null ? BigDecimal.ZERO : baseHours;
    if (hoursPerTargetMinute != null && targetMinutes != null) {
      hours = hours.add(hoursPerTargetMinute.multiply(targetMinutes));
    }
    if (minHours != null && hours.compareTo(minHours) < 0) {
      hours = minHours;
    }
    if (maxHours != null && hours.compareTo(maxHours) > 0) {
      hours = maxHours;
    }
    return Money.of(hours);
  }

  /** The rules as stored (only the keys that are set). */
  public JsonObject toJson() {
    JsonObjectBuilder builder = Json.createObjectBuilder();
    put(builder, BASE_HOURS, baseHours);
    put(builder, HOURS_PER_TARGET_MINUTE, hoursPerTargetMinute);
    put(builder, MIN_HOURS, minHours);
    put(builder, MAX_HOURS, maxHours);
    return builder.build();
  }

  private static void put(JsonObjectBuilder builder, String key, BigDecimal value) {
    if (value != null) {
      builder.add(key, value);
    }
  }

  private static BigDecimal number(JsonObject object, String key) {
    return object.containsKey(key) ? object.getJsonNumber(key).bigDecimalValue() : null;
  }

  private static String known() {
    return String.join(", ", List.of(BASE_HOURS, HOURS_PER_TARGET_MINUTE, MIN_HOURS, MAX_HOURS));
  }
}
