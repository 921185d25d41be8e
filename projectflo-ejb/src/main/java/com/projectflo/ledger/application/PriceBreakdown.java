package com.projectflo.ledger.application;

import com.projectflo.ledger.model.Build;
import com.projectflo.ledger.model.BuildBillableItem;
import com.projectflo.ledger.model.BuildComponent;
import com.projectflo.ledger.model.BuildCoverageAssignment;
import com.projectflo.ledger.model.BuildDeliverable;
import com.projectflo.platform.application.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The configuration of a build line by line, each line with its price, and the totals they add up
 * to (docs/pricing.md). The same shape is a build's response, a snapshot's JSON and a diff's input.
 */
public record PriceBreakdown(
    List<CoverageLine> coverage,
    List<DeliverableLine> deliverables,
    List<ItemLine> billableItems,
    Totals totals) {

  /** Crew: quantity × (hours when hourly) × the rate of the day the line was added. */
  public record CoverageLine(
      Integer id,
      Integer coverageSceneId,
      String coverageSceneName,
      Integer operatorTypeId,
      String operatorTypeName,
      int quantity,
      BigDecimal hours,
      BigDecimal rate,
      BigDecimal price) {}

  /** A deliverable; its price is what its included components charge. */
  public record DeliverableLine(
      Integer id,
      Integer deliverableId,
      String deliverableName,
      List<ComponentLine> components,
      BigDecimal price) {}

  /** A component: its calculated price, charged only while included. */
  public record ComponentLine(
      Integer id,
      Integer coverageSceneId,
      String coverageSceneName,
      Integer editingStyleId,
      String editingStyleName,
      BigDecimal targetMinutes,
      boolean included,
      BigDecimal calculatedPrice,
      BigDecimal price) {}

  /** An extra: quantity × the price of the day it was added; style-required when a style is set. */
  public record ItemLine(
      Integer id,
      Integer billableItemId,
      String billableItemName,
      int quantity,
      BigDecimal unitPrice,
      Integer addedForEditingStyleId,
      String notes,
      BigDecimal price) {}

  public record Totals(
      BigDecimal coverage, BigDecimal components, BigDecimal billableItems, BigDecimal total) {}

  /**
   * Lines in id order (new, unsaved lines last): collections loaded by fetch joins do not keep
   * their {@code @OrderBy}, and every view of a configuration (response, snapshot, diff) must list
   * alike.
   */
  private static <T> List<T> inIdOrder(List<T> lines, Function<T, Integer> id) {
    return lines.stream()
        .sorted(Comparator.comparing(id, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** Prices the build's current lines (component prices as calculated when last changed). */
  public static PriceBreakdown of(Build build) {
    List<CoverageLine> coverage = new ArrayList<>();
    BigDecimal coverageTotal = Money.ZERO;
    for (BuildCoverageAssignment line :
        inIdOrder(build.getCoverageAssignments(), BuildCoverageAssignment::getId)) {
      BigDecimal price =
          coveragePrice(line.getQuantity(), line.getHours(), line.getRateAtTimeOfAdd());
      coverage.add(
          new CoverageLine(
              line.getId(),
              line.getCoverageScene().getId(),
              line.getCoverageScene().getName(),
              line.getOperatorType().getId(),
              line.getOperatorType().getName(),
              line.getQuantity(),
              line.getHours(),
              Money.of(line.getRateAtTimeOfAdd()),
              price));
      coverageTotal = coverageTotal.add(price);
    }
    List<DeliverableLine> deliverables = new ArrayList<>();
    BigDecimal componentTotal = Money.ZERO;
    for (BuildDeliverable deliverable :
        inIdOrder(build.getDeliverables(), BuildDeliverable::getId)) {
      List<ComponentLine> components = new ArrayList<>();
      BigDecimal deliverablePrice = Money.ZERO;
      for (BuildComponent component :
          inIdOrder(deliverable.getComponents(), BuildComponent::getId)) {
        BigDecimal calculated = Money.of(component.getCalculatedPrice());
        BigDecimal charged = component.isIncluded() ? calculated : Money.ZERO;
        components.add(
            new ComponentLine(
                component.getId(),
                component.getCoverageScene().getId(),
                component.getCoverageScene().getName(),
                component.getEditingStyle().getId(),
                component.getEditingStyle().getName(),
                component.getTargetMinutes(),
                component.isIncluded(),
                calculated,
                charged));
        deliverablePrice = deliverablePrice.add(charged);
      }
      deliverables.add(
          new DeliverableLine(
              deliverable.getId(),
              deliverable.getDeliverable().getId(),
              deliverable.getDeliverable().getName(),
              components,
              deliverablePrice));
      componentTotal = componentTotal.add(deliverablePrice);
    }
    List<ItemLine> items = new ArrayList<>();
    BigDecimal itemTotal = Money.ZERO;
    for (BuildBillableItem line : inIdOrder(build.getBillableItems(), BuildBillableItem::getId)) {
      BigDecimal price =
          Money.times(BigDecimal.valueOf(line.getQuantity()), line.getPriceAtTimeOfAdd());
      items.add(
          new ItemLine(
              line.getId(),
              line.getBillableItem().getId(),
              line.getBillableItem().getName(),
              line.getQuantity(),
              Money.of(line.getPriceAtTimeOfAdd()),
              line.getAddedForEditingStyle() == null
                  ? null
                  : line.getAddedForEditingStyle().getId(),
              line.getNotes(),
              price));
      itemTotal = itemTotal.add(price);
    }
    return new PriceBreakdown(
        coverage,
        deliverables,
        items,
        new Totals(
            coverageTotal,
            componentTotal,
            itemTotal,
            coverageTotal.add(componentTotal).add(itemTotal)));
  }

  /** quantity × hours × rate for an hourly line, quantity × rate for a fixed one. */
  static BigDecimal coveragePrice(int quantity, BigDecimal hours, BigDecimal rate) {
    BigDecimal perOperator = hours == null ? Money.of(rate) : rate.multiply(hours);
    return Money.times(BigDecimal.valueOf(quantity), perOperator);
  }
}
