package com.projectflo.billing.rest;

import com.projectflo.billing.application.InvoiceService;
import com.projectflo.billing.application.IssuedInvoice;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/installments/{id}/invoice}: issuing the invoice of an installment. */
@Path("/installments")
@RequestScoped
@Tag(name = "Billing")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class InstallmentResource {

  @Inject private InvoiceService invoices;

  @POST
  @Path("{id}/invoice")
  @Operation(
      summary = "Issue the invoice of an installment",
      description =
          "Numbered PF-<year>-<6 digits> (gapless per year), dated today, due on the installment's"
              + " due date (today when past). Idempotent: an installment already invoiced answers"
              + " 200 with its invoice and nothing changes. A 0.00 installment answers 409. Needs"
              + " invoices.write on the project.")
  @APIResponse(
      responseCode = "201",
      description = "Issued; Location names the invoice",
      content = @Content(schema = @Schema(implementation = InvoiceResponse.class)))
  @APIResponse(responseCode = "200", description = "Already issued: the existing invoice")
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response issue(@PathParam("id") int id, @Context UriInfo uri) {
    IssuedInvoice issued = invoices.issueInstallmentInvoice(id);
    InvoiceResponse body = InvoiceResponse.of(issued.view());
    Response.ResponseBuilder response =
        issued.created()
            ? Response.created(
                uri.getBaseUriBuilder().path("invoices").path(String.valueOf(body.id())).build())
            : Response.ok();
    return response.entity(body).tag(new EntityTag(String.valueOf(body.version()))).build();
  }
}
