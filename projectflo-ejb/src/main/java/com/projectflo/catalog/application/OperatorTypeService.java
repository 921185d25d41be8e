package com.projectflo.catalog.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.catalog.model.OperatorType;
import com.projectflo.catalog.model.PricingType;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.FieldViolation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/** Creates and replaces operator types ({@link CatalogService} does the rest). */
@Stateless
public class OperatorTypeService {

  private static final CatalogKind KIND = CatalogKind.OPERATOR_TYPE;

  @Inject private CatalogEntries entries;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public OperatorType create(@NotNull @Valid OperatorTypeDetails details) {
    check(details, null);
    OperatorType type = new OperatorType();
    apply(type, details);
    entries.add(KIND, type);
    audit.record(KIND.action("create"), KIND.entity(), type.getId(), null, CatalogStates.of(type));
    return type;
  }

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public OperatorType update(
      int id, @NotNull @Valid OperatorTypeDetails details, Long expectedVersion) {
    OperatorType type = entries.getCurrent(KIND, OperatorType.class, id, expectedVersion);
    check(details, id);
    Record before = CatalogStates.of(type);
    apply(type, details);
    entries.flush(KIND, type);
    audit.record(KIND.action("update"), KIND.entity(), id, before, CatalogStates.of(type));
    return type;
  }

  private void check(OperatorTypeDetails details, Integer id) {
    List<FieldViolation> bad = new ArrayList<>();
    if (details.pricingType() == PricingType.HOURLY) {
      CatalogEntries.requireFor(bad, details.defaultHourlyRate(), "defaultHourlyRate", "Hourly");
    } else {
      CatalogEntries.requireFor(bad, details.defaultFixedPrice(), "defaultFixedPrice", "Fixed");
    }
    entries.check(KIND, details.name(), id, bad);
  }

  private static void apply(OperatorType type, OperatorTypeDetails details) {
    type.setName(details.name());
    type.setPricingType(details.pricingType());
    type.setDefaultHourlyRate(CatalogEntries.amount(details.defaultHourlyRate()));
    type.setDefaultFixedPrice(CatalogEntries.amount(details.defaultFixedPrice()));
    if (details.active() != null) {
      type.setActive(details.active());
    }
  }
}
