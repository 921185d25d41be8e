package com.projectflo.catalog.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.catalog.model.CatalogEntry;
import com.projectflo.catalog.model.CoverageScene;
import com.projectflo.catalog.model.Deliverable;
import com.projectflo.catalog.model.EditingStyle;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;

/**
 * Creates and replaces the catalog entries that are just a name and a description: coverage scenes,
 * deliverables and editing styles ({@link CatalogService} does the rest). Takes {@code
 * catalog.write}.
 */
@Stateless
public class CatalogEntryService {

  @Inject private CatalogEntries entries;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public CatalogEntry create(
      @NotNull CatalogKind kind, @NotNull @Valid CatalogEntryDetails details) {
    entries.check(kind, details.name(), null, new ArrayList<>());
    CatalogEntry entry = newEntry(kind);
    apply(entry, details);
    entries.add(kind, entry);
    audit.record(
        kind.action("create"), kind.entity(), entry.getId(), null, CatalogStates.of(entry));
    return entry;
  }

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public CatalogEntry update(
      @NotNull CatalogKind kind,
      int id,
      @NotNull @Valid CatalogEntryDetails details,
      Long expectedVersion) {
    CatalogEntry entry = entries.getCurrent(kind, CatalogEntry.class, id, expectedVersion);
    entries.check(kind, details.name(), id, new ArrayList<>());
    Record before = CatalogStates.of(entry);
    apply(entry, details);
    entries.flush(kind, entry);
    audit.record(kind.action("update"), kind.entity(), id, before, CatalogStates.of(entry));
    return entry;
  }

  private static void apply(CatalogEntry entry, CatalogEntryDetails details) {
    entry.setName(details.name());
    entry.setDescription(details.description());
    if (details.active() != null) {
      entry.setActive(details.active());
    }
  }

  private static CatalogEntry newEntry(CatalogKind kind) {
    return switch (kind) {
      case COVERAGE_SCENE -> new CoverageScene();
      case DELIVERABLE -> new Deliverable();
      case EDITING_STYLE -> new EditingStyle();
      default -> throw new IllegalArgumentException(kind + " has more fields than a name");
    };
  }
}
