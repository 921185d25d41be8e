package com.projectflo.catalog.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.catalog.model.EffortRules;
import com.projectflo.catalog.model.PricingType;
import com.projectflo.catalog.model.TaskTemplate;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates and replaces task templates, and estimates their effort and price for a target length
 * ({@link CatalogService} does the rest).
 */
@Stateless
public class TaskTemplateService {

  static final String RULES = "effortCalculationRules";

  private static final CatalogKind KIND = CatalogKind.TASK_TEMPLATE;

  @Inject private CatalogEntries entries;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public TaskTemplate create(@NotNull @Valid TaskTemplateDetails details) {
    EffortRules rules = check(details, null);
    TaskTemplate template = new TaskTemplate();
    apply(template, details, rules);
    entries.add(KIND, template);
    audit.record(
        KIND.action("create"), KIND.entity(), template.getId(), null, CatalogStates.of(template));
    return template;
  }

  @RequiresPermission(Permissions.CATALOG_WRITE)
  public TaskTemplate update(
      int id, @NotNull @Valid TaskTemplateDetails details, Long expectedVersion) {
    TaskTemplate template = entries.getCurrent(KIND, TaskTemplate.class, id, expectedVersion);
    EffortRules rules = check(details, id);
    Record before = CatalogStates.of(template);
    apply(template, details, rules);
    entries.flush(KIND, template);
    audit.record(KIND.action("update"), KIND.entity(), id, before, CatalogStates.of(template));
    return template;
  }

  /** The template's effort and price for a component of {@code targetMinutes} (null: 0). */
  @RequiresPermission(Permissions.CATALOG_READ)
  public EffortEstimate estimate(int id, @DecimalMin("0") BigDecimal targetMinutes) {
    TaskTemplate template = entries.find(KIND, TaskTemplate.class, id);
    return new EffortEstimate(
        id, targetMinutes, template.effortFor(targetMinutes), template.priceFor(targetMinutes));
  }

  /** The same estimate for rules and pricing not saved yet; nothing is written. */
  @RequiresPermission(Permissions.CATALOG_READ)
  public EffortEstimate preview(@NotNull @Valid EffortPreviewDetails details) {
    List<FieldViolation> bad = new ArrayList<>();
    EffortRules rules = rules(details.effortCalculationRules(), bad);
    requirePrice(details.pricingType(), details.hourlyRate(), details.fixedPrice(), bad);
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    TaskTemplate template = new TaskTemplate();
    template.setEffortCalculationRules(rules == null ? null : rules.toJson());
    template.setEffortHours(CatalogEntries.amount(details.effortHours()));
    template.setPricingType(details.pricingType());
    template.setFixedPrice(CatalogEntries.amount(details.fixedPrice()));
    template.setHourlyRate(CatalogEntries.amount(details.hourlyRate()));
    BigDecimal minutes = details.targetMinutes();
    return new EffortEstimate(
        null, minutes, template.effortFor(minutes), template.priceFor(minutes));
  }

  private EffortRules check(TaskTemplateDetails details, Integer id) {
    List<FieldViolation> bad = new ArrayList<>();
    EffortRules rules = rules(details.effortCalculationRules(), bad);
    requirePrice(details.pricingType(), details.hourlyRate(), details.fixedPrice(), bad);
    entries.check(KIND, details.name(), id, bad);
    return rules;
  }

  private static EffortRules rules(JsonValue json, List<FieldViolation> bad) {
    try {
      return EffortRules.parse(json, RULES);
    } catch (InvalidInputException e) {
      bad.addAll(e.violations());
      return null;
    }
  }

  private static void requirePrice(
      PricingType pricingType,
      BigDecimal hourlyRate,
      BigDecimal fixedPrice,
      List<FieldViolation> bad) {
    if (pricingType == PricingType.HOURLY) {
      CatalogEntries.requireFor(bad, hourlyRate, "hourlyRate", "Hourly");
    } else {
      CatalogEntries.requireFor(bad, fixedPrice, "fixedPrice", "Fixed");
    }
  }

  private static void apply(TaskTemplate template, TaskTemplateDetails details, EffortRules rules) {
    template.setName(details.name());
    template.setPhase(details.phase());
    template.setEffortHours(CatalogEntries.amount(details.effortHours()));
    template.setEffortCalculationRules(rules == null ? null : rules.toJson());
    template.setPricingType(details.pricingType());
    template.setFixedPrice(CatalogEntries.amount(details.fixedPrice()));
    template.setHourlyRate(CatalogEntries.amount(details.hourlyRate()));
    template.setAverageDurationHours(CatalogEntries.amount(details.averageDurationHours()));
    if (details.active() != null) {
      template.setActive(details.active());
    }
  }
}
