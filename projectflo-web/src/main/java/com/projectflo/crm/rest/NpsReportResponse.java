package com.projectflo.crm.rest;

import com.projectflo.crm.application.NpsReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Net Promoter Score of the surveys answered in a period. */
@Schema(name = "NpsReport")
public record NpsReportResponse(
    LocalDate from,
    LocalDate to,
    @Schema(description = "Surveys answered in the period (by response date)") long responses,
    @Schema(description = "Answers 9 or 10") long promoters,
    @Schema(description = "Answers 7 or 8") long passives,
    @Schema(description = "Answers 0 to 6") long detractors,
    @Schema(
            description =
                "100 × (promoters − detractors) / responses, one decimal (half-even); absent"
                    + " without responses",
            example = "42.9")
        BigDecimal nps,
    @Schema(description = "Mean satisfaction (1-10), two decimals (half-even)", example = "8.67")
        BigDecimal averageSatisfaction) {

  static NpsReportResponse of(NpsReport report) {
    return new NpsReportResponse(
        report.from(),
        report.to(),
        report.responses(),
        report.promoters(),
        report.passives(),
        report.detractors(),
        report.nps(),
        report.averageSatisfaction());
  }
}
