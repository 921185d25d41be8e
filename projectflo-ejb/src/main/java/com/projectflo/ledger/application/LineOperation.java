package com.projectflo.ledger.application;

import com.projectflo.platform.application.FieldViolation;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One change to the configuration of a build (docs/pricing.md, "Operations"): the same format edits
 * a draft build directly and describes a change order after booking. Lines are addressed by their
 * id ({@code lineId}); which other fields count depends on the {@link Kind}.
 */
public record LineOperation(
    Kind kind,
    Integer lineId,
    Integer coverageSceneId,
    Integer operatorTypeId,
    Integer quantity,
    BigDecimal hours,
    Integer deliverableId,
    Integer editingStyleId,
    BigDecimal targetMinutes,
    Boolean included,
    Integer billableItemId,
    String notes) {

  /** What an operation does; its label is the {@code op} of the JSON. */
  public enum Kind {
    ADD_COVERAGE("addCoverage"),
    MODIFY_COVERAGE("modifyCoverage"),
    REMOVE_COVERAGE("removeCoverage"),
    ADD_DELIVERABLE("addDeliverable"),
    REMOVE_DELIVERABLE("removeDeliverable"),
    ADD_COMPONENT("addComponent"),
    MODIFY_COMPONENT("modifyComponent"),
    REMOVE_COMPONENT("removeComponent"),
    ADD_BILLABLE_ITEM("addBillableItem"),
    MODIFY_BILLABLE_ITEM("modifyBillableItem"),
    REMOVE_BILLABLE_ITEM("removeBillableItem");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Kind ofLabel(String label) {
      for (Kind kind : values()) {
        if (kind.label.equals(label)) {
          return kind;
        }
      }
      return null;
    }

    public static List<String> labels() {
      return List.of(values()).stream().map(Kind::label).toList();
    }
  }

  /** Hours and minutes at the scale of their columns, so every view of a line shows them alike. */
  public LineOperation {
    hours = atScaleTwo(hours);
    targetMinutes = atScaleTwo(targetMinutes);
  }

  /** Widened to 2 decimals; more decimals are left for {@link #violations} to refuse. */
  private static BigDecimal atScaleTwo(BigDecimal value) {
    return value == null || value.scale() >= 2 ? value : value.setScale(2);
  }

  /** The most minutes or hours a line may hold (DECIMAL(8,2) / DECIMAL(6,2) columns). */
  static final BigDecimal MAX_MINUTES = new BigDecimal("999999.99");

  static final BigDecimal MAX_HOURS = new BigDecimal("9999.99");

  static final int MAX_QUANTITY = 10_000;

  /** What is wrong with this operation, fields named {@code prefix + field}. */
  public List<FieldViolation> violations(String prefix) {
    List<FieldViolation> errors = new ArrayList<>();
    if (kind == null) {
      errors.add(new FieldViolation(prefix + "op", "must be one of " + Kind.labels()));
      return errors;
    }
    switch (kind) {
      case ADD_COVERAGE -> {
        required(errors, prefix, "coverageSceneId", coverageSceneId);
        required(errors, prefix, "operatorTypeId", operatorTypeId);
        quantity(errors, prefix);
        hours(errors, prefix);
      }
      case MODIFY_COVERAGE -> {
        required(errors, prefix, "lineId", lineId);
        quantity(errors, prefix);
        hours(errors, prefix);
      }
      case ADD_DELIVERABLE -> required(errors, prefix, "deliverableId", deliverableId);
      case ADD_COMPONENT -> {
        required(errors, prefix, "lineId", lineId);
        required(errors, prefix, "coverageSceneId", coverageSceneId);
        required(errors, prefix, "editingStyleId", editingStyleId);
        minutes(errors, prefix);
      }
      case MODIFY_COMPONENT -> {
        required(errors, prefix, "lineId", lineId);
        minutes(errors, prefix);
      }
      case ADD_BILLABLE_ITEM -> {
        required(errors, prefix, "billableItemId", billableItemId);
        quantity(errors, prefix);
      }
      case MODIFY_BILLABLE_ITEM -> {
        required(errors, prefix, "lineId", lineId);
        quantity(errors, prefix);
      }
      case REMOVE_COVERAGE, REMOVE_DELIVERABLE, REMOVE_COMPONENT, REMOVE_BILLABLE_ITEM ->
          required(errors, prefix, "lineId", lineId);
    }
    if (notes != null && notes.length() > 2000) {
      errors.add(new FieldViolation(prefix + "notes", "must be at most 2000 characters"));
    }
    return errors;
  }

  private static void required(List<FieldViolation> errors, String prefix, String field, Object v) {
    if (v == null) {
      errors.add(new FieldViolation(prefix + field, "is required"));
    }
  }

  private void quantity(List<FieldViolation> errors, String prefix) {
    if (quantity != null && (quantity < 1 || quantity > MAX_QUANTITY)) {
      errors.add(new FieldViolation(prefix + "quantity", "must be between 1 and " + MAX_QUANTITY));
    }
  }

  private void hours(List<FieldViolation> errors, String prefix) {
    if (hours != null
        && (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 2)) {
      errors.add(
          new FieldViolation(
              prefix + "hours", "must be above 0 and at most " + MAX_HOURS + ", 2 decimals"));
    }
  }

  private void minutes(List<FieldViolation> errors, String prefix) {
    if (targetMinutes != null
        && (targetMinutes.signum() < 0
            || targetMinutes.compareTo(MAX_MINUTES) > 0
            || targetMinutes.scale() > 2)) {
      errors.add(
          new FieldViolation(
              prefix + "targetMinutes", "must be between 0 and " + MAX_MINUTES + ", 2 decimals"));
    }
  }

  /** The stored form (change orders keep their operations as JSONB). */
  public JsonObject toJson() {
    JsonObjectBuilder json = Json.createObjectBuilder().add("op", kind.label());
    putInt(json, "lineId", lineId);
    putInt(json, "coverageSceneId", coverageSceneId);
    putInt(json, "operatorTypeId", operatorTypeId);
    putInt(json, "quantity", quantity);
    if (hours != null) {
      json.add("hours", hours);
    }
    putInt(json, "deliverableId", deliverableId);
    putInt(json, "editingStyleId", editingStyleId);
    if (targetMinutes != null) {
      json.add("targetMinutes", targetMinutes);
    }
    if (included != null) {
      json.add("included", included);
    }
    putInt(json, "billableItemId", billableItemId);
    if (notes != null) {
      json.add("notes", notes);
    }
    return json.build();
  }

  /** Reads the stored form written by {@link #toJson()}. */
  public static LineOperation fromJson(JsonObject json) {
    return new LineOperation(
        Kind.ofLabel(json.getString("op")),
        integer(json, "lineId"),
        integer(json, "coverageSceneId"),
        integer(json, "operatorTypeId"),
        integer(json, "quantity"),
        decimal(json, "hours"),
        integer(json, "deliverableId"),
        integer(json, "editingStyleId"),
        decimal(json, "targetMinutes"),
        json.containsKey("included") ? json.getBoolean("included") : null,
        integer(json, "billableItemId"),
        json.containsKey("notes") ? json.getString("notes") : null);
  }

  /** A short human description, e.g. "removeCoverage line 12". */
  @Override
  public String toString() {
    return kind.label() + (lineId == null ? "" : " line " + lineId);
  }

  private static void putInt(JsonObjectBuilder json, String key, Integer value) {
    if (value != null) {
      json.add(key, value);
    }
  }

  private static Integer integer(JsonObject json, String key) {
    JsonValue value = json.get(key);
    return value instanceof JsonNumber n ? n.intValue() : null;
  }

  private static BigDecimal decimal(JsonObject json, String key) {
    JsonValue value = json.get(key);
    return value instanceof JsonNumber n ? n.bigDecimalValue() : null;
  }
}
