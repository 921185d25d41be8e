package com.projectflo.ledger.rest;

import com.projectflo.ledger.application.BuildView;
import com.projectflo.ledger.application.PriceBreakdown;
import com.projectflo.ledger.model.Build;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A build with its lines, each priced, and the totals they add up to (livePrice). */
@Schema(name = "Build")
public record BuildResponse(
    int id,
    @Schema(enumeration = {"Inquiry", "Proposal Sent", "Booked", "Completed", "Archived"})
        String status,
    Integer inquiryId,
    Integer clientId,
    Integer projectId,
    @Schema(description = "Set at booking: from then on lines change through change orders")
        OffsetDateTime configurationLockedAt,
    @Schema(description = "The sum of the lines, recalculated on every change")
        BigDecimal livePrice,
    @Schema(description = "The price agreed: at booking, then after each approved change order")
        BigDecimal approvedPrice,
    BigDecimal totalPaid,
    OffsetDateTime archivedAt,
    long version,
    List<PriceBreakdown.CoverageLine> coverage,
    List<PriceBreakdown.DeliverableLine> deliverables,
    List<PriceBreakdown.ItemLine> billableItems,
    PriceBreakdown.Totals totals) {

  static BuildResponse of(BuildView view) {
    Build build = view.build();
    PriceBreakdown breakdown = view.breakdown();
    return new BuildResponse(
        build.getId(),
        build.getStatus().label(),
        build.getInquiry() == null ? null : build.getInquiry().getId(),
        build.getClient() == null ? null : build.getClient().getId(),
        build.getProject() == null ? null : build.getProject().getId(),
        build.getConfigurationLockedAt(),
        build.getLivePrice(),
        build.getApprovedPrice(),
        build.getTotalPaid(),
        build.getArchivedAt(),
        build.getVersion(),
        breakdown.coverage(),
        breakdown.deliverables(),
        breakdown.billableItems(),
        breakdown.totals());
  }
}
