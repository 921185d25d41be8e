package com.projectflo.platform.persistence;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a {@link LabeledEnum} as its label. The JDBC connection sends strings untyped ({@code
 * stringType=unspecified}), so PostgreSQL casts the label to the column's enum type.
 */
public abstract class LabeledEnumConverter<E extends Enum<E> & LabeledEnum>
    implements AttributeConverter<E, String> {

  private final Class<E> type;

  protected LabeledEnumConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(E value) {
    return value == null ? null : value.label();
  }

  @Override
  public E convertToEntityAttribute(String label) {
    if (label == null) {
      return null;
    }
    return LabeledEnum.fromLabel(type, label)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Database label '" + label + "' has no constant in " + type.getName()));
  }
}
