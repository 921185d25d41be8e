package com.projectflo.crm.rest;

import com.projectflo.crm.application.SalesReports;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/reports/funnel}: the sales funnel report (reports.read). */
@Path("/reports/funnel")
@RequestScoped
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class SalesReportResource {

  @Inject private SalesReports reports;

  @GET
  @Operation(
      summary = "Sales funnel of the inquiries received between two dates",
      description =
          "Inquiries by current status and by month of receipt; conversion and booked revenue by"
              + " lead source and campaign; median time to first contact and to booking; lost"
              + " reasons. Both dates included (UTC days); archived inquiries left out.")
  @APIResponse(
      responseCode = "200",
      description = "The funnel",
      content = @Content(schema = @Schema(implementation = FunnelResponse.class)))
  public FunnelResponse funnel(
      @Parameter(required = true, description = "First day (YYYY-MM-DD)") @QueryParam("from")
          String from,
      @Parameter(required = true, description = "Last day (YYYY-MM-DD)") @QueryParam("to")
          String to) {
    InputErrors errors = new InputErrors();
    LocalDate first = required(errors, "from", from);
    LocalDate last = required(errors, "to", to);
    errors.throwIfAny();
    return FunnelResponse.of(reports.funnel(first, last));
  }

  private static LocalDate required(InputErrors errors, String name, String value) {
    if (value == null || value.isBlank()) {
      errors.add(name, "is required (YYYY-MM-DD)");
      return null;
    }
    return errors.date(name, value);
  }
}
