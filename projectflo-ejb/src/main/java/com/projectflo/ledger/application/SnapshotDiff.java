package com.projectflo.ledger.application;

import com.projectflo.ledger.application.PriceBreakdown.ComponentLine;
import com.projectflo.ledger.application.PriceBreakdown.DeliverableLine;
import com.projectflo.platform.application.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a build: every line added, removed or modified (matched by
 * line id), with its price before and after.
 */
public record SnapshotDiff(
    int fromVersion,
    int toVersion,
    BigDecimal fromApprovedPrice,
    BigDecimal toApprovedPrice,
    BigDecimal fromLivePrice,
    BigDecimal toLivePrice,
    List<LineChange> changes) {

  /** One changed line; {@code before} or {@code after} is null when it was added or removed. */
  public record LineChange(
      String lineType,
      Integer lineId,
      String change,
      Object before,
      Object after,
      BigDecimal priceBefore,
      BigDecimal priceAfter,
      BigDecimal priceDelta) {}

  public static SnapshotDiff between(SnapshotDocument from, SnapshotDocument to) {
    List<LineChange> changes = new ArrayList<>();
    PriceBreakdown a = from.configuration();
    PriceBreakdown b = to.configuration();
    compare(
        "coverage",
        a.coverage(),
        b.coverage(),
        PriceBreakdown.CoverageLine::id,
        PriceBreakdown.CoverageLine::price,
        changes);
    compare(
        "deliverable",
        withoutComponents(a),
        withoutComponents(b),
        DeliverableLine::id,
        DeliverableLine::price,
        changes);
    compare(
        "component",
        components(a),
        components(b),
        ComponentLine::id,
        ComponentLine::price,
        changes);
    compare(
        "billableItem",
        a.billableItems(),
        b.billableItems(),
        PriceBreakdown.ItemLine::id,
        PriceBreakdown.ItemLine::price,
        changes);
    return new SnapshotDiff(
        from.versionNumber(),
        to.versionNumber(),
        from.approvedPrice(),
        to.approvedPrice(),
        from.livePrice(),
        to.livePrice(),
        changes);
  }

  private static <T> void compare(
      String type,
      List<T> before,
      List<T> after,
      Function<T, Integer> id,
      Function<T, BigDecimal> price,
      List<LineChange> changes) {
    Map<Integer, T> old = index(before, id);
    Map<Integer, T> current = index(after, id);
    for (Map.Entry<Integer, T> entry : old.entrySet()) {
      T now = current.get(entry.getKey());
      if (now == null) {
        changes.add(change(type, entry.getKey(), "removed", entry.getValue(), null, price));
      } else if (!Objects.equals(entry.getValue(), now)) {
        changes.add(change(type, entry.getKey(), "modified", entry.getValue(), now, price));
      }
    }
    for (Map.Entry<Integer, T> entry : current.entrySet()) {
      if (!old.containsKey(entry.getKey())) {
        changes.add(change(type, entry.getKey(), "added", null, entry.getValue(), price));
      }
    }
  }

  private static <T> LineChange change(
      String type, Integer id, String change, T before, T after, Function<T, BigDecimal> price) {
    BigDecimal priceBefore = before == null ? Money.ZERO : price.apply(before);
    BigDecimal priceAfter = after == null ? Money.ZERO : price.apply(after);
    return new LineChange(
        type, id, change, before, after, priceBefore, priceAfter, priceAfter.subtract(priceBefore));
  }

  private static <T> Map<Integer, T> index(List<T> lines, Function<T, Integer> id) {
    Map<Integer, T> map = new LinkedHashMap<>();
    lines.forEach(line -> map.put(id.apply(line), line));
    return map;
  }

  /** Deliverable lines compared on their own (their components are compared one by one). */
  private static List<DeliverableLine> withoutComponents(PriceBreakdown breakdown) {
    return breakdown.deliverables().stream()
        .map(
            d ->
                new DeliverableLine(
                    d.id(), d.deliverableId(), d.deliverableName(), List.of(), d.price()))
        .toList();
  }

  private static List<ComponentLine> components(PriceBreakdown breakdown) {
    return breakdown.deliverables().stream().flatMap(d -> d.components().stream()).toList();
  }
}
