package com.projectflo.crm.rest;

import com.projectflo.crm.application.SalesReports;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/reports}: sales and satisfaction figures (reports.read). */
@Path("/reports")
@RequestScoped
@Tag(name = "Reports", description = "Sales funnel and client satisfaction")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class ReportResource {

  @Inject private SalesReports reports;

  @GET
  @Path("funnel")
  @Operation(
      summary = "Sales funnel of the inquiries created in a period",
      description =
          "Inquiries created from `from` to `to` (whole UTC days, inclusive), by current status"
              + " and month; conversion and booked revenue overall, by lead source and by"
              + " campaign; median delays to first contact and booking; lost reasons.")
  @APIResponse(responseCode = "200", description = "The funnel")
  public FunnelReportResponse funnel(
      @Parameter(
              required = true,
              description = "First day",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              required = true,
              description = "Last day (inclusive)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to) {
    return FunnelReportResponse.of(reports.funnel(ReportDates.period(from, to)));
  }

  @GET
  @Path("nps")
  @Operation(
      summary = "Net Promoter Score of the surveys answered in a period",
      description = "Surveys whose response date is from `from` to `to` (inclusive).")
  @APIResponse(responseCode = "200", description = "The score")
  public NpsReportResponse nps(
      @Parameter(
              required = true,
              description = "First day",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              required = true,
              description = "Last day (inclusive)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to) {
    return NpsReportResponse.of(reports.netPromoterScore(ReportDates.period(from, to)));
  }
}
