package com.projectflo.billing.rest;

import com.projectflo.billing.application.InvoiceService;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/builds/{id}/payment-schedule}: the installments of a booked build. */
@Path("/builds/{id}/payment-schedule")
@RequestScoped
@Tag(name = "Billing")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class BuildPaymentScheduleResource {

  @Inject private InvoiceService invoices;

  @GET
  @Operation(
      summary = "The payment schedule of a build",
      description =
          "Installments in order with due date, amount and invoice (docs/billing.md). Needs"
              + " invoices.read on the build's project; its portal user may read it.")
  @APIResponse(
      responseCode = "200",
      description = "The schedule",
      content = @Content(schema = @Schema(implementation = PaymentScheduleResponse.class)))
  public PaymentScheduleResponse get(@PathParam("id") int id) {
    return PaymentScheduleResponse.of(invoices.getPaymentSchedule(id));
  }
}
