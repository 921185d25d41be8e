package com.projectflo.platform.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An enum whose constants stand for the labels of a PostgreSQL enum type ('Closed-Lost', 'To-Do',
 * 'PROJECT_ASSIGNMENT'...). The label is what the database stores and what the API exchanges.
 */
public interface LabeledEnum {

  String label();

  static <E extends Enum<E> & LabeledEnum> Optional<E> fromLabel(Class<E> type, String label) {
    if (label == null) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.label().equals(label)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  static <E extends Enum<E> & LabeledEnum> List<String> labels(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(LabeledEnum::label).toList();
  }
}
