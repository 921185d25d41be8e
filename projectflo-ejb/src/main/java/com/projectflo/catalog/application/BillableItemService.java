package com.projectflo.catalog.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.catalog.model.BillableItem;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;

/** Creates and replaces billable items ({@link CatalogService} does the rest). */
@Stateless
public class BillableItemService {

  private static final CatalogKind KIND = CatalogKind.BILLABLE_ITEM;

  @Inject private CatalogEntries entries;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public BillableItem create(@NotNull @Valid BillableItemDetails details) {
    entries.check(KIND, details.name(), null, new ArrayList<>());
    BillableItem item = new BillableItem();
    apply(item, details);
    entries.add(KIND, item);
    audit.record(KIND.action("create"), KIND.entity(), item.getId(), null, CatalogStates.of(item));
    return item;
  }

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public BillableItem update(
      int id, @NotNull @Valid BillableItemDetails details, Long expectedVersion) {
    BillableItem item = entries.getCurrent(KIND, BillableItem.class, id, expectedVersion);
    entries.check(KIND, details.name(), id, new ArrayList<>());
    Record before = CatalogStates.of(item);
    apply(item, details);
    entries.flush(KIND, item);
    audit.record(KIND.action("update"), KIND.entity(), id, before, CatalogStates.of(item));
    return item;
  }

  private static void apply(BillableItem item, BillableItemDetails details) {
    item.setName(details.name());
    item.setDescription(details.description());
    item.setCategory(details.category());
    item.setPrice(CatalogEntries.amount(details.price()));
    item.setPricingType(details.pricingType());
    if (details.active() != null) {
      item.setActive(details.active());
    }
  }
}
