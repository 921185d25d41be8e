package com.projectflo.catalog.application;

import com.projectflo.catalog.model.CatalogItem;
import com.projectflo.catalog.persistence.CatalogRepository;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.Money;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

/**
 * What the catalog services share: finding an entry (404), checking its If-Match version (412),
 * refusing bad input at once (400) and a duplicate name (409). Runs in the caller's transaction.
 */
@ApplicationScoped
public class CatalogEntries {

  private static final String UNIQUE_VIOLATION = "23505";

  @Inject private CatalogRepository repository;

  /** The entry of the kind, as {@code type} (the entity class or one of its supertypes). */
  public <T extends CatalogItem> T find(CatalogKind kind, Class<T> type, int id) {
    return repository
        .findById(kind.type(), id)
        .map(type::cast)
        .orElseThrow(() -> new NoSuchResourceException(kind.resource(), id));
  }

  /** The entry, provided it is still at {@code expectedVersion} (null: any version). */
  public <T extends CatalogItem> T getCurrent(
      CatalogKind kind, Class<T> type, int id, Long expectedVersion) {
    T item = find(kind, type, id);
    if (expectedVersion != null && expectedVersion != item.getVersion()) {
      throw new StaleVersionException(kind.resource(), id, expectedVersion, item.getVersion());
    }
    return item;
  }

  /**
   * Throws the collected violations (sorted by field), then a 409 when another entry of the kind
   * already has the name (ignoring case).
   */
  public void check(CatalogKind kind, String name, Integer exceptId, List<FieldViolation> bad) {
    if (!bad.isEmpty()) {
      bad.sort(Comparator.comparing(FieldViolation::field));
      throw new InvalidInputException(bad);
    }
    if (repository.nameTaken(kind.type(), name, exceptId)) {
      throw duplicateName(kind, name);
    }
  }

  private static ConflictException duplicateName(CatalogKind kind, String name) {
    return new ConflictException(
        "name", "another " + kind.resource().toLowerCase() + " is already named " + name);
  }

  /** Adds a violation when {@code amount} is required by the pricing type but missing. */
  public static void requireFor(
      List<FieldViolation> bad, BigDecimal amount, String field, String pricing) {
    if (amount == null) {
      bad.add(new FieldViolation(field, "is required when pricingType is " + pricing));
    }
  }

  /** An amount as the database keeps it (scale 2); null stays null. */
  public static BigDecimal amount(BigDecimal value) {
    return value == null ? null : Money.of(value);
  }

  /**
   * Writes a new entry now. A name taken (ignoring case) by an entry written at the same time is
   * the same 409 as the one {@link #check} gives: the unique index of V16 is the guarantee.
   */
  public <T extends CatalogItem> T add(CatalogKind kind, T item) {
    try {
      return repository.add(item);
    } catch (PersistenceException e) {
      throw translated(e, kind, item);
    }
  }

  /** Writes the changes of {@code item} now; a duplicate name is a 409 on {@code name}. */
  public void flush(CatalogKind kind, CatalogItem item) {
    try {
      repository.flush();
    } catch (PersistenceException e) {
      throw translated(e, kind, item);
    }
  }

  private static RuntimeException translated(
      PersistenceException e, CatalogKind kind, CatalogItem item) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return duplicateName(kind, item.getName());
      }
    }
    return e;
  }
}
