package com.projectflo.ledger.rest;

import com.projectflo.ledger.application.ChangeOrderView;
import com.projectflo.ledger.application.PriceBreakdown;
import com.projectflo.ledger.model.BuildChangeOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change order: its operations, price delta, discount and new approved total. */
@Schema(name = "ChangeOrder")
public record ChangeOrderResponse(
    int id,
    int buildId,
    int versionNumber,
    @Schema(enumeration = {"Pending Approval", "Approved", "Rejected"}) String status,
    String description,
    List<OperationRequest> operations,
    @Schema(description = "Price of the proposed configuration minus the current one")
        BigDecimal priceDelta,
    String discountType,
    BigDecimal discountPercentage,
    BigDecimal discountAmount,
    String discountReason,
    @Schema(description = "approvedPrice + priceDelta − discountAmount")
        BigDecimal newTotalApprovedPrice,
    String proposedBy,
    OffsetDateTime createdAt,
    String decidedBy,
    OffsetDateTime decidedAt,
    String decisionNote,
    long version,
    @Schema(description = "The priced configuration it leads to (in the proposal's response only)")
        PriceBreakdown proposed) {

  static ChangeOrderResponse of(ChangeOrderView view) {
    BuildChangeOrder order = view.changeOrder();
    return new ChangeOrderResponse(
        order.getId(),
        order.getBuild().getId(),
        order.getVersionNumber(),
        order.getStatus().label(),
        order.getDescription(),
        view.operations().stream().map(OperationRequest::of).toList(),
        order.getPriceDelta(),
        order.getDiscountType() == null ? null : order.getDiscountType().label(),
        order.getDiscountPercentage(),
        order.getDiscountAmount(),
        order.getDiscountReason(),
        order.getNewTotalApprovedPrice(),
        order.getProposedBy(),
        order.getCreatedAt(),
        order.getDecidedBy(),
        order.getDecidedAt(),
        order.getDecisionNote(),
        order.getVersion(),
        view.proposed());
  }
}
