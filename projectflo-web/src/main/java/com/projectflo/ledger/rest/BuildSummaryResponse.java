package com.projectflo.ledger.rest;

import com.projectflo.ledger.model.Build;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A build in a list (without its lines). */
@Schema(name = "BuildSummary")
public record BuildSummaryResponse(
    int id,
    String status,
    Integer inquiryId,
    Integer clientId,
    Integer projectId,
    OffsetDateTime configurationLockedAt,
    BigDecimal livePrice,
    BigDecimal approvedPrice,
    BigDecimal totalPaid,
    long version) {

  static BuildSummaryResponse of(Build build) {
    return new BuildSummaryResponse(
        build.getId(),
        build.getStatus().label(),
        build.getInquiry() == null ? null : build.getInquiry().getId(),
        build.getClient() == null ? null : build.getClient().getId(),
        build.getProject() == null ? null : build.getProject().getId(),
        build.getConfigurationLockedAt(),
        build.getLivePrice(),
        build.getApprovedPrice(),
        build.getTotalPaid(),
        build.getVersion());
  }
}
