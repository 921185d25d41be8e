package com.projectflo.ledger.rest;

import com.projectflo.ledger.application.BuildView;
import com.projectflo.ledger.application.PriceBreakdown;
import com.projectflo.ledger.model.Build;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The proposal as the couple reads it: what is covered, what is delivered (included components
 * only) and the extras, each with its price, and the total.
 */
@Schema(name = "Proposal")
public record ProposalResponse(
    int buildId,
    String status,
    LocalDate weddingDate,
    List<Coverage> coverage,
    List<Deliverable> deliverables,
    List<Extra> extras,
    BigDecimal total,
    @Schema(description = "The agreed price once booked") BigDecimal approvedPrice) {

  public record Coverage(
      String coverageScene,
      String operatorType,
      int quantity,
      BigDecimal hours,
      BigDecimal price) {}

  public record Deliverable(String name, List<Component> components, BigDecimal price) {}

  public record Component(String coverageScene, String editingStyle, BigDecimal targetMinutes) {}

  public record Extra(String name, int quantity, BigDecimal unitPrice, BigDecimal price) {}

  static ProposalResponse of(BuildView view) {
    Build build = view.build();
    PriceBreakdown breakdown = view.breakdown();
    return new ProposalResponse(
        build.getId(),
        build.getStatus().label(),
        build.getInquiry() == null ? null : build.getInquiry().getWeddingDate(),
        breakdown.coverage().stream()
            .map(
                c ->
                    new Coverage(
                        c.coverageSceneName(),
                        c.operatorTypeName(),
                        c.quantity(),
                        c.hours(),
                        c.price()))
            .toList(),
        breakdown.deliverables().stream()
            .map(
                d ->
                    new Deliverable(
                        d.deliverableName(),
                        d.components().stream()
                            .filter(PriceBreakdown.ComponentLine::included)
                            .map(
                                c ->
                                    new Component(
                                        c.coverageSceneName(),
                                        c.editingStyleName(),
                                        c.targetMinutes()))
                            .toList(),
                        d.price()))
            .toList(),
        breakdown.billableItems().stream()
            .map(i -> new Extra(i.billableItemName(), i.quantity(), i.unitPrice(), i.price()))
            .toList(),
        breakdown.totals().total(),
        build.isLocked() ? build.getApprovedPrice() : null);
  }
}
