package com.projectflo.ledger.application;

import com.projectflo.automation.model.DeliverableDefaultComponent;
import com.projectflo.automation.model.EditingStyleRequirement;
import com.projectflo.automation.persistence.CatalogReferences;
import com.projectflo.automation.persistence.RecipeRepository;
import com.projectflo.catalog.model.BillableItem;
import com.projectflo.catalog.model.BillableItemPricingType;
import com.projectflo.catalog.model.CatalogItem;
import com.projectflo.catalog.model.CoverageScene;
import com.projectflo.catalog.model.Deliverable;
import com.projectflo.catalog.model.EditingStyle;
import com.projectflo.catalog.model.OperatorType;
import com.projectflo.catalog.model.PricingType;
import com.projectflo.ledger.model.Build;
import com.projectflo.ledger.model.BuildBillableItem;
import com.projectflo.ledger.model.BuildComponent;
import com.projectflo.ledger.model.BuildCoverageAssignment;
import com.projectflo.ledger.model.BuildDeliverable;
import com.projectflo.ledger.persistence.BuildRepository;
import com.projectflo.platform.application.DecimalLimits;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies {@link LineOperation}s to a build's lines, keeps the style-required billable items in
 * step with the included components, and recalculates the live price (docs/pricing.md). Used for
 * direct edits of a draft build and for applying an approved (or simulating a proposed) change
 * order; the caller owns the transaction.
 */
@Dependent
public class BuildEditor {

  @Inject private BuildRepository builds;

  @Inject private RecipeRepository recipes;

  @Inject private CatalogReferences catalog;

  @Inject private Validator validator;

  private ComponentPricer pricer;

  /** Whether lines are written (apply) or only changed in memory (simulate). */
  private boolean writing;

  /**
   * Applies the operations in order, then re-syncs style items and the live price. New lines are
   * written at once, so their ids follow the order they were added in.
   *
   * @throws InvalidInputException naming {@code operations[i].field} of the first bad operation
   */
  public PriceBreakdown apply(Build build, List<LineOperation> operations) {
    return edit(build, operations, true);
  }

  /**
   * Prices what the operations would make of the build without changing it or writing anything:
   * they are applied, by the same code as {@link #apply}, to an unmanaged copy of its lines.
   */
  public PriceBreakdown simulate(Build build, List<LineOperation> operations) {
    return edit(build.copyWithLines(), operations, false);
  }

  private PriceBreakdown edit(Build build, List<LineOperation> operations, boolean write) {
    // One rule set per call: this editor lives as long as the pooled bean that holds it.
    pricer = null;
    writing = write;
    List<FieldViolation> shapeErrors = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      LineOperation operation = operations.get(i);
      String prefix = prefix(i);
      shapeErrors.addAll(operation.missing(prefix));
      for (ConstraintViolation<LineOperation> bad : validator.validate(operation)) {
        shapeErrors.add(new FieldViolation(prefix + bad.getPropertyPath(), bad.getMessage()));
      }
    }
    if (!shapeErrors.isEmpty()) {
      shapeErrors.sort(Comparator.comparing(FieldViolation::field));
      throw new InvalidInputException(shapeErrors);
    }
    for (int i = 0; i < operations.size(); i++) {
      LineOperation operation = operations.get(i);
      applyOne(build, operation, prefix(i));
      requireWithinLimit(PriceBreakdown.of(build), prefix(i) + priceField(operation));
    }
    syncStyleItems(build);
    PriceBreakdown breakdown = PriceBreakdown.of(build);
    requireWithinLimit(breakdown, "operations");
    build.setLivePrice(breakdown.totals().total());
    return breakdown;
  }

  /** The field of an operation that made the price too high. */
  private static String priceField(LineOperation op) {
    return switch (op.kind()) {
      case ADD_COVERAGE, MODIFY_COVERAGE ->
          op.quantity() == null && op.hours() != null ? "hours" : "quantity";
      case ADD_DELIVERABLE -> "deliverableId";
      case ADD_COMPONENT, MODIFY_COMPONENT -> "targetMinutes";
      default -> "quantity";
    };
  }

  /**
   * A price beyond what the NUMERIC(10,2) columns hold is bad input (400), not a database error.
   */
  private static void requireWithinLimit(PriceBreakdown breakdown, String field) {
    BigDecimal total = breakdown.totals().total();
    if (total.compareTo(DecimalLimits.MAX_AMOUNT) > 0) {
      throw tooExpensive(field, "the build", total);
    }
  }

  private static InvalidInputException tooExpensive(String field, String what, BigDecimal price) {
    return new InvalidInputException(
        field,
        "would bring the price of "
            + what
            + " to "
            + price.toPlainString()
            + ", above the most a price can be ("
            + DecimalLimits.MAX_AMOUNT.toPlainString()
            + ")");
  }

  /** Writes a new line now (its id is the next one), unless only simulating. */
  private void save(Object line) {
    if (writing) {
      builds.persist(line);
      builds.flush();
    }
  }

  private void discard(Object line) {
    if (writing) {
      builds.remove(line);
    }
  }

  static String prefix(int index) {
    return "operations[" + index + "].";
  }

  private void applyOne(Build build, LineOperation op, String prefix) {
    switch (op.kind()) {
      case ADD_COVERAGE -> addCoverage(build, op, prefix);
      case MODIFY_COVERAGE -> modifyCoverage(coverageLine(build, op, prefix), op, prefix);
      case REMOVE_COVERAGE -> {
        BuildCoverageAssignment line = coverageLine(build, op, prefix);
        build.getCoverageAssignments().remove(line);
        discard(line);
      }
      case ADD_DELIVERABLE -> addDeliverable(build, op, prefix);
      case REMOVE_DELIVERABLE -> {
        BuildDeliverable line = deliverableLine(build, op.lineId(), prefix + "lineId");
        for (BuildComponent component : List.copyOf(line.getComponents())) {
          discard(component);
        }
        line.getComponents().clear();
        build.getDeliverables().remove(line);
        discard(line);
      }
      case ADD_COMPONENT -> {
        BuildDeliverable line = deliverableLine(build, op.lineId(), prefix + "lineId");
        addComponent(
            line,
            active(CoverageScene.class, op.coverageSceneId(), prefix + "coverageSceneId"),
            active(EditingStyle.class, op.editingStyleId(), prefix + "editingStyleId"),
            op.targetMinutes(),
            op.included() == null || op.included(),
            prefix + "targetMinutes");
      }
      case MODIFY_COMPONENT -> modifyComponent(componentLine(build, op, prefix), op, prefix);
      case REMOVE_COMPONENT -> {
        BuildComponent component = componentLine(build, op, prefix);
        component.getBuildDeliverable().getComponents().remove(component);
        discard(component);
      }
      case ADD_BILLABLE_ITEM -> addItem(build, op, prefix);
      case MODIFY_BILLABLE_ITEM -> {
        BuildBillableItem line = manualItemLine(build, op, prefix);
        if (op.quantity() != null) {
          requireQuantityFits(line.getBillableItem(), op.quantity(), prefix);
          line.setQuantity(op.quantity());
        }
        if (op.notes() != null) {
          line.setNotes(op.notes().isBlank() ? null : op.notes());
        }
      }
      case REMOVE_BILLABLE_ITEM -> {
        BuildBillableItem line = manualItemLine(build, op, prefix);
        build.getBillableItems().remove(line);
        discard(line);
      }
    }
  }

  private void addCoverage(Build build, LineOperation op, String prefix) {
    CoverageScene scene =
        active(CoverageScene.class, op.coverageSceneId(), prefix + "coverageSceneId");
    OperatorType operator =
        active(OperatorType.class, op.operatorTypeId(), prefix + "operatorTypeId");
    boolean hourly = operator.getPricingType() == PricingType.HOURLY;
    if (hourly && op.hours() == null) {
      throw new InvalidInputException(prefix + "hours", "is required for an Hourly operator type");
    }
    if (!hourly && op.hours() != null) {
      throw new InvalidInputException(prefix + "hours", "must be absent for a Fixed operator type");
    }
    BuildCoverageAssignment line = new BuildCoverageAssignment();
    line.setBuild(build);
    line.setCoverageScene(scene);
    line.setOperatorType(operator);
    line.setQuantity(op.quantity() == null ? 1 : op.quantity());
    line.setHours(op.hours());
    line.setRateAtTimeOfAdd(
        Money.of(hourly ? operator.getDefaultHourlyRate() : operator.getDefaultFixedPrice()));
    save(line);
    build.getCoverageAssignments().add(line);
  }

  private void modifyCoverage(BuildCoverageAssignment line, LineOperation op, String prefix) {
    if (op.hours() != null) {
      if (line.getHours() == null) {
        throw new InvalidInputException(prefix + "hours", "a Fixed coverage line has no hours");
      }
      line.setHours(op.hours());
    }
    if (op.quantity() != null) {
      line.setQuantity(op.quantity());
    }
  }

  private void addDeliverable(Build build, LineOperation op, String prefix) {
    Deliverable deliverable =
        active(Deliverable.class, op.deliverableId(), prefix + "deliverableId");
    BuildDeliverable line = new BuildDeliverable();
    line.setBuild(build);
    line.setDeliverable(deliverable);
    save(line);
    build.getDeliverables().add(line);
    Set<CoverageScene> coveredScenes = new LinkedHashSet<>();
    build.getCoverageAssignments().forEach(c -> coveredScenes.add(c.getCoverageScene()));
    for (DeliverableDefaultComponent preset : builds.defaultComponents(deliverable.getId())) {
      // A preset without a scene stands for every scene the build covers.
      List<CoverageScene> scenes =
          preset.getCoverageScene() == null
              ? List.copyOf(coveredScenes)
              : List.of(preset.getCoverageScene());
      for (CoverageScene scene : scenes) {
        addComponent(
            line,
            scene,
            preset.getDefaultEditingStyle(),
            preset.getDefaultTargetMinutes(),
            preset.isDefaultIncluded(),
            prefix + "deliverableId");
      }
    }
  }

  private void addComponent(
      BuildDeliverable line,
      CoverageScene scene,
      EditingStyle style,
      BigDecimal targetMinutes,
      boolean included,
      String priceField) {
    BuildComponent component = new BuildComponent();
    component.setBuildDeliverable(line);
    component.setCoverageScene(scene);
    component.setEditingStyle(style);
    component.setTargetMinutes(targetMinutes);
    component.setIncluded(included);
    price(component, priceField);
    save(component);
    line.getComponents().add(component);
  }

  private void modifyComponent(BuildComponent component, LineOperation op, String prefix) {
    if (op.editingStyleId() != null) {
      component.setEditingStyle(
          active(EditingStyle.class, op.editingStyleId(), prefix + "editingStyleId"));
    }
    if (op.targetMinutes() != null) {
      component.setTargetMinutes(op.targetMinutes());
    }
    if (op.included() != null) {
      component.setIncluded(op.included());
    }
    price(component, prefix + "targetMinutes");
  }

  /** Calculates the component's price; one beyond its NUMERIC(10,2) column is a 400 on field. */
  private void price(BuildComponent component, String field) {
    if (pricer == null) {
      pricer = new ComponentPricer(recipes.findAllWithTemplates());
    }
    BigDecimal price =
        pricer.price(
            component.getBuildDeliverable().getDeliverable().getId(),
            component.getCoverageScene().getId(),
            component.getEditingStyle().getId(),
            component.getTargetMinutes());
    if (price.compareTo(DecimalLimits.MAX_AMOUNT) > 0) {
      throw tooExpensive(field, "a component", price);
    }
    component.setCalculatedPrice(price);
  }

  private void addItem(Build build, LineOperation op, String prefix) {
    BillableItem item = active(BillableItem.class, op.billableItemId(), prefix + "billableItemId");
    int quantity = op.quantity() == null ? 1 : op.quantity();
    requireQuantityFits(item, quantity, prefix);
    BuildBillableItem line = new BuildBillableItem();
    line.setBuild(build);
    line.setBillableItem(item);
    line.setQuantity(quantity);
    line.setPriceAtTimeOfAdd(Money.of(item.getPrice()));
    line.setNotes(op.notes() == null || op.notes().isBlank() ? null : op.notes());
    save(line);
    build.getBillableItems().add(line);
  }

  private static void requireQuantityFits(BillableItem item, int quantity, String prefix) {
    if (item.getPricingType() == BillableItemPricingType.FIXED && quantity != 1) {
      throw new InvalidInputException(
          prefix + "quantity", "must be 1: " + item.getName() + " is a Fixed item, sold once");
    }
  }

  /**
   * Style-required items follow the styles of the included components (docs/pricing.md). An item
   * retired from the catalog is not added any more, but stays on the builds that have it.
   */
  private void syncStyleItems(Build build) {
    Set<Integer> styles = new LinkedHashSet<>();
    for (BuildDeliverable deliverable : build.getDeliverables()) {
      for (BuildComponent component : deliverable.getComponents()) {
        if (component.isIncluded()) {
          styles.add(component.getEditingStyle().getId());
        }
      }
    }
    List<EditingStyleRequirement> wanted = builds.requirementsOf(styles);
    for (BuildBillableItem line : List.copyOf(build.getBillableItems())) {
      EditingStyle style = line.getAddedForEditingStyle();
      if (style != null && wanted.stream().noneMatch(r -> sameRequirement(r, line))) {
        build.getBillableItems().remove(line);
        discard(line);
      }
    }
    for (EditingStyleRequirement requirement : wanted) {
      boolean present =
          build.getBillableItems().stream().anyMatch(l -> sameRequirement(requirement, l));
      if (!present && requirement.getBillableItem().isActive()) {
        BuildBillableItem line = new BuildBillableItem();
        line.setBuild(build);
        line.setBillableItem(requirement.getBillableItem());
        line.setAddedForEditingStyle(requirement.getEditingStyle());
        line.setQuantity(requirement.getQuantity());
        line.setPriceAtTimeOfAdd(Money.of(requirement.getBillableItem().getPrice()));
        save(line);
        build.getBillableItems().add(line);
      }
    }
  }

  private static boolean sameRequirement(
      EditingStyleRequirement requirement, BuildBillableItem line) {
    return line.getAddedForEditingStyle() != null
        && Objects.equals(
            line.getAddedForEditingStyle().getId(), requirement.getEditingStyle().getId())
        && Objects.equals(line.getBillableItem().getId(), requirement.getBillableItem().getId());
  }

  private BuildCoverageAssignment coverageLine(Build build, LineOperation op, String prefix) {
    return build.getCoverageAssignments().stream()
        .filter(l -> Objects.equals(l.getId(), op.lineId()))
        .findFirst()
        .orElseThrow(() -> notALine(build, prefix, "coverage line"));
  }

  private BuildDeliverable deliverableLine(Build build, Integer lineId, String field) {
    return build.getDeliverables().stream()
        .filter(l -> Objects.equals(l.getId(), lineId))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field, "is not a deliverable line of build " + build.getId()));
  }

  private BuildComponent componentLine(Build build, LineOperation op, String prefix) {
    return build.getDeliverables().stream()
        .flatMap(d -> d.getComponents().stream())
        .filter(c -> Objects.equals(c.getId(), op.lineId()))
        .findFirst()
        .orElseThrow(() -> notALine(build, prefix, "component"));
  }

  private BuildBillableItem manualItemLine(Build build, LineOperation op, String prefix) {
    BuildBillableItem line =
        build.getBillableItems().stream()
            .filter(l -> Objects.equals(l.getId(), op.lineId()))
            .findFirst()
            .orElseThrow(() -> notALine(build, prefix, "billable item line"));
    if (line.getAddedForEditingStyle() != null) {
      throw new InvalidInputException(
          prefix + "lineId",
          "was added for editing style "
              + line.getAddedForEditingStyle().getName()
              + " and follows it; change the components' style instead");
    }
    return line;
  }

  private <T extends CatalogItem> T active(Class<T> type, Integer id, String field) {
    T entry = catalog.find(type, id).orElseThrow(() -> unknown(field));
    if (!entry.isActive()) {
      throw new InvalidInputException(field, "is retired");
    }
    return entry;
  }

  private static InvalidInputException notALine(Build build, String prefix, String what) {
    return new InvalidInputException(
        prefix + "lineId", "is not a " + what + " of build " + build.getId());
  }

  private static InvalidInputException unknown(String field) {
    return new InvalidInputException(field, "does not exist");
  }
}
