package com.projectflo.catalog.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.catalog.model.CatalogItem;
import com.projectflo.catalog.persistence.CatalogReference;
import com.projectflo.catalog.persistence.CatalogRepository;
import com.projectflo.catalog.persistence.CatalogRepository.CatalogSearch;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.Page;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every catalog table offers alike: get, list, activate, deactivate and delete. Reading takes
 * {@code catalog.read}, changing {@code catalog.write}. A deactivated entry stays usable by what
 * already uses it; an entry still used by builds or tasks cannot be deleted.
 */
@Stateless
public class CatalogService {

  @Inject private CatalogRepository repository;

  @Inject private CatalogEntries entries;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CATALOG_READ)
  public <T extends CatalogItem> T get(@NotNull CatalogKind kind, Class<T> type, int id) {
    return entries.find(kind, type, id);
  }

  @RequiresPermission(Permissions.CATALOG_READ)
  public <T extends CatalogItem> Page<T> list(
      @NotNull CatalogKind kind, Class<T> type, @NotNull @Valid CatalogListQuery query) {
    String afterName = null;
    Integer afterId = null;
    if (query.cursor() != null) {
      KeysetCursor cursor = KeysetCursor.decode(query.cursor(), 2);
      afterName = cursor.string(0);
      afterId = cursor.integer(1);
    }
    List<T> rows =
        repository
            .findPage(
                kind.type(),
                new CatalogSearch(query.active(), query.q(), afterName, afterId),
                query.limit() + 1)
            .stream()
            .map(type::cast)
            .toList();
    if (rows.size() <= query.limit()) {
      return new Page<>(rows, null);
    }
    List<T> page = rows.subList(0, query.limit());
    T last = page.get(page.size() - 1);
    return new Page<>(page, KeysetCursor.encode(last.getName(), last.getId()));
  }

  /** Offered again for new builds; activating an active entry changes nothing. */
  @RequiresPermission(Permissions.CATALOG_WRITE)
  public <T extends CatalogItem> T activate(
      @NotNull CatalogKind kind, Class<T> type, int id, Long expectedVersion) {
    return setActive(kind, type, id, expectedVersion, true, "activate");
  }

  /** No longer offered for new builds; what uses it keeps it. Idempotent. */
  @RequiresPermission(Permissions.CATALOG_WRITE)
  public <T extends CatalogItem> T deactivate(
      @NotNull CatalogKind kind, Class<T> type, int id, Long expectedVersion) {
    return setActive(kind, type, id, expectedVersion, false, "deactivate");
  }

  /**
   * Removes an entry nothing restricts (its rules cascade away); one still used by builds or tasks
   * is refused with a 409 saying what uses it.
   */
  @RequiresPermission(Permissions.CATALOG_WRITE)
  public void delete(@NotNull CatalogKind kind, int id, Long expectedVersion) {
    CatalogItem item = entries.getCurrent(kind, kind.type(), id, expectedVersion);
    Map<CatalogReference, Long> counts = repository.countReferences(kind.references(), id);
    List<String> uses = new ArrayList<>();
    counts.forEach(
        (reference, count) -> {
          if (count > 0) {
            uses.add(reference.describe(count));
          }
        });
    if (!uses.isEmpty()) {
      throw new ConflictException(
          kind.resource() + " " + id + " is used by " + joined(uses) + "; deactivate it instead");
    }
    Record before = CatalogStates.of(item);
    repository.remove(item);
    audit.record(kind.action("delete"), kind.entity(), id, before, null);
  }

  private <T extends CatalogItem> T setActive(
      CatalogKind kind, Class<T> type, int id, Long expectedVersion, boolean active, String verb) {
    T item = entries.getCurrent(kind, type, id, expectedVersion);
    Record before = CatalogStates.of(item);
    if (item.isActive() != active) {
      item.setActive(active);
      repository.flush();
    }
    audit.record(kind.action(verb), kind.entity(), id, before, CatalogStates.of(item));
    return item;
  }

  /** "a", "a and b", "a, b and c". */
  static String joined(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
