package com.projectflo.automation.application;

import com.projectflo.automation.persistence.CatalogReferences;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves the catalog ids of a request, collecting every unknown one, so that one 400 names each
 * bad field and nothing changes.
 */
final class ReferenceCheck {

  private final CatalogReferences catalog;
  private final List<FieldViolation> bad = new ArrayList<>();

  ReferenceCheck(CatalogReferences catalog) {
    this.catalog = catalog;
  }

  /** The row of {@code type} with {@code id}; null for a null id or (reported) an unknown one. */
  <T> T find(Class<T> type, String field, String what, Integer id) {
    if (id == null) {
      return null;
    }
    return catalog
        .find(type, id)
        .orElseGet(
            () -> {
              bad.add(new FieldViolation(field, "no " + what + " has the id " + id));
              return null;
            });
  }

  void throwIfAny() {
    if (!bad.isEmpty()) {
      bad.sort(Comparator.comparing(FieldViolation::field));
      throw new InvalidInputException(bad);
    }
  }
}
