package com.projectflo.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.catalog.model.BillableItem;
import com.projectflo.catalog.model.CoverageScene;
import com.projectflo.catalog.model.Deliverable;
import com.projectflo.catalog.model.EditingStyle;
import com.projectflo.catalog.model.OperatorType;
import com.projectflo.ledger.model.Build;
import com.projectflo.ledger.model.BuildBillableItem;
import com.projectflo.ledger.model.BuildComponent;
import com.projectflo.ledger.model.BuildCoverageAssignment;
import com.projectflo.ledger.model.BuildDeliverable;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** docs/pricing.md over random configurations: the breakdown always adds up to the live price. */
class PricingPropertiesTest {

  @Property
  void theLivePriceIsTheSumOfTheBreakdown(@ForAll("builds") Build build) {
    PriceBreakdown breakdown = PriceBreakdown.of(build);

    BigDecimal lines = BigDecimal.ZERO;
    for (PriceBreakdown.CoverageLine line : breakdown.coverage()) {
      assertThat(line.price().scale()).isEqualTo(2);
      lines = lines.add(line.price());
    }
    for (PriceBreakdown.DeliverableLine deliverable : breakdown.deliverables()) {
      BigDecimal components =
          deliverable.components().stream()
              .map(PriceBreakdown.ComponentLine::price)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(deliverable.price()).isEqualByComparingTo(components);
      lines = lines.add(components);
    }
    for (PriceBreakdown.ItemLine line : breakdown.billableItems()) {
      lines = lines.add(line.price());
    }
    PriceBreakdown.Totals totals = breakdown.totals();
    assertThat(totals.total()).isEqualByComparingTo(lines);
    assertThat(totals.total())
        .isEqualByComparingTo(
            totals.coverage().add(totals.components()).add(totals.billableItems()));
    assertThat(totals.total().scale()).isEqualTo(2);
  }

  @Property
  void excludedComponentsChargeNothingAndCoverageIsQuantityHoursRate(
      @ForAll("builds") Build build) {
    PriceBreakdown breakdown = PriceBreakdown.of(build);

    breakdown.deliverables().stream()
        .flatMap(d -> d.components().stream())
        .forEach(
            c ->
                assertThat(c.price())
                    .isEqualByComparingTo(c.included() ? c.calculatedPrice() : BigDecimal.ZERO));
    breakdown
        .coverage()
        .forEach(
            c -> {
              BigDecimal exact =
                  c.rate()
                      .multiply(c.hours() == null ? BigDecimal.ONE : c.hours())
                      .multiply(BigDecimal.valueOf(c.quantity()));
              assertThat(c.price().subtract(exact).abs())
                  .isLessThanOrEqualTo(new BigDecimal("0.005"));
            });
  }

  @Provide
  Arbitrary<Build> builds() {
    Arbitrary<List<BuildCoverageAssignment>> coverage = coverageLine().list().ofMaxSize(6);
    Arbitrary<List<BuildDeliverable>> deliverables = deliverable().list().ofMaxSize(4);
    Arbitrary<List<BuildBillableItem>> items = itemLine().list().ofMaxSize(6);
    return Combinators.combine(coverage, deliverables, items)
        .as(
            (c, d, i) -> {
              Build build = new Build();
              build.getCoverageAssignments().addAll(c);
              build.getDeliverables().addAll(d);
              build.getBillableItems().addAll(i);
              return build;
            });
  }

  private static Arbitrary<BigDecimal> money(String max) {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(max)).ofScale(2);
  }

  private static Arbitrary<BuildCoverageAssignment> coverageLine() {
    Arbitrary<BigDecimal> hours =
        Arbitraries.bigDecimals()
            .between(new BigDecimal("0.25"), new BigDecimal("14.00"))
            .ofScale(2)
            .injectNull(0.4);
    return Combinators.combine(Arbitraries.integers().between(1, 5), hours, money("999.99"))
        .as(
            (quantity, h, rate) -> {
              BuildCoverageAssignment line = new BuildCoverageAssignment();
              line.setCoverageScene(named(new CoverageScene(), "Scene"));
              line.setOperatorType(named(new OperatorType(), "Operator"));
              line.setQuantity(quantity);
              line.setHours(h);
              line.setRateAtTimeOfAdd(rate);
              return line;
            });
  }

  private static Arbitrary<BuildDeliverable> deliverable() {
    Arbitrary<BuildComponent> component =
        Combinators.combine(money("5000.00"), Arbitraries.of(true, false), money("120.00"))
            .as(
                (price, included, minutes) -> {
                  BuildComponent c = new BuildComponent();
                  c.setCoverageScene(named(new CoverageScene(), "Scene"));
                  c.setEditingStyle(named(new EditingStyle(), "Style"));
                  c.setCalculatedPrice(price);
                  c.setIncluded(included);
                  c.setTargetMinutes(minutes);
                  return c;
                });
    return component
        .list()
        .ofMaxSize(5)
        .map(
            components -> {
              BuildDeliverable deliverable = new BuildDeliverable();
              deliverable.setDeliverable(named(new Deliverable(), "Film"));
              deliverable.getComponents().addAll(components);
              return deliverable;
            });
  }

  private static Arbitrary<BuildBillableItem> itemLine() {
    return Combinators.combine(Arbitraries.integers().between(1, 20), money("2500.00"))
        .as(
            (quantity, price) -> {
              BuildBillableItem line = new BuildBillableItem();
              line.setBillableItem(named(new BillableItem(), "Item"));
              line.setQuantity(quantity);
              line.setPriceAtTimeOfAdd(price);
              return line;
            });
  }

  private static <T> T named(T entity, String name) {
    if (entity instanceof com.projectflo.platform.persistence.NamedEntity named) {
      named.setName(name);
    } else if (entity instanceof OperatorType operator) {
      operator.setName(name);
    } else if (entity instanceof BillableItem item) {
      item.setName(name);
    }
    return entity;
  }
}
