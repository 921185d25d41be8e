package com.projectflo.ledger.application;

import com.projectflo.ledger.model.BuildChangeOrder;
import java.util.List;

/**
 * A change order with its operations; {@code proposed} is the priced configuration it leads to
 * (only right after proposing).
 */
public record ChangeOrderView(
    BuildChangeOrder changeOrder, List<LineOperation> operations, PriceBreakdown proposed) {

  public static ChangeOrderView of(BuildChangeOrder changeOrder) {
    List<LineOperation> operations =
        changeOrder.getOperations() == null
            ? List.of()
            : changeOrder.getOperations().asJsonArray().stream()
                .map(v -> LineOperation.fromJson(v.asJsonObject()))
                .toList();
    return new ChangeOrderView(changeOrder, operations, null);
  }
}
