package com.projectflo.ledger.application;

import com.projectflo.platform.application.DecimalLimit;
import com.projectflo.platform.application.FieldViolation;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
    @Min(value = 1, message = QUANTITY_RANGE) @Max(value = MAX_QUANTITY, message = QUANTITY_RANGE)
        Integer quantity,
    @DecimalLimit(integer = 4, minExclusive = true) BigDecimal hours,
    Integer deliverableId,
    Integer editingStyleId,
    @DecimalLimit(integer = 6) BigDecimal targetMinutes,
    Boolean included,
    Integer billableItemId,
    @Size(max = 2000, message = "must be at most 2000 characters") String notes) {

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

  /** At 2 decimals; values with more are left for the {@link DecimalLimit} check to refuse. */
  private static BigDecimal atScaleTwo(BigDecimal value) {
    return value == null || value.stripTrailingZeros().scale() > 2 ? value : value.setScale(2);
  }

  /**
   * The most of anything a line may hold. Hours and minutes are bounded by their DECIMAL(6,2) /
   * DECIMAL(8,2) columns ({@link DecimalLimit} above); what a line then costs by {@link
   * BuildEditor}.
   */
  static final int MAX_QUANTITY = 10_000;

  static final String QUANTITY_RANGE = "must be between 1 and " + MAX_QUANTITY;

  /**
   * The fields this kind of operation needs but lacks, named {@code prefix + field}. The bounds of
   * the values are Bean Validation constraints of the record, checked by {@link BuildEditor}.
   */
  public List<FieldViolation> missing(String prefix) {
    List<FieldViolation> errors = new ArrayList<>();
    if (kind == null) {
      errors.add(new FieldViolation(prefix + "op", "must be one of " + Kind.labels()));
      return errors;
    }
    switch (kind) {
      case ADD_COVERAGE -> {
        required(errors, prefix, "coverageSceneId", coverageSceneId);
        required(errors, prefix, "operatorTypeId", operatorTypeId);
      }
      case ADD_DELIVERABLE -> required(errors, prefix, "deliverableId", deliverableId);
      case ADD_COMPONENT -> {
        required(errors, prefix, "lineId", lineId);
        required(errors, prefix, "coverageSceneId", coverageSceneId);
        required(errors, prefix, "editingStyleId", editingStyleId);
      }
      case ADD_BILLABLE_ITEM -> required(errors, prefix, "billableItemId", billableItemId);
      case MODIFY_COVERAGE,
          MODIFY_COMPONENT,
          MODIFY_BILLABLE_ITEM,
          REMOVE_COVERAGE,
          REMOVE_DELIVERABLE,
          REMOVE_COMPONENT,
          REMOVE_BILLABLE_ITEM ->
          required(errors, prefix, "lineId", lineId);
    }
    return errors;
  }

  private static void required(List<FieldViolation> errors, String prefix, String field, Object v) {
    if (v == null) {
      errors.add(new FieldViolation(prefix + field, "is required"));
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
