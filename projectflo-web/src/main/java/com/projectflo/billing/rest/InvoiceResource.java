package com.projectflo.billing.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.billing.application.InvoiceListQuery;
import com.projectflo.billing.application.InvoicePdfFile;
import com.projectflo.billing.application.InvoiceService;
import com.projectflo.billing.application.InvoiceView;
import com.projectflo.billing.application.NewPayment;
import com.projectflo.billing.application.PaymentOutcome;
import com.projectflo.billing.application.PaymentService;
import com.projectflo.billing.model.Invoice;
import com.projectflo.billing.model.InvoiceStatus;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/invoices}: lists, CSV export, PDF, voiding, payments and refunds. */
@Path("/invoices")
@RequestScoped
@Tag(name = "Billing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class InvoiceResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String TEXT_CSV = "text/csv";
  private static final int EXPORT_PAGE = 200;

  @Inject private InvoiceService invoices;

  @Inject private PaymentService payments;

  @Inject private Validator validator;

  @GET
  @Operation(
      summary = "List invoices",
      description =
          "Newest first, keyset pages. Filters: status, projectId, clientId, issuedFrom, issuedTo"
              + " (dates, inclusive). Staff see the invoices of projects where they hold"
              + " invoices.read; a portal user its own client's.")
  @APIResponse(responseCode = "200", description = "One page of invoices")
  public ListResponse<InvoiceResponse> list(
      @QueryParam("status") String status,
      @QueryParam("projectId") String projectId,
      @QueryParam("clientId") String clientId,
      @QueryParam("issuedFrom") String issuedFrom,
      @QueryParam("issuedTo") String issuedTo,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    InputErrors errors = new InputErrors();
    InvoiceListQuery query =
        query(
            errors,
            status,
            projectId,
            clientId,
            issuedFrom,
            issuedTo,
            errors.integer("limit", limit, InvoiceListQuery.DEFAULT_LIMIT),
            cursor);
    return ListResponse.of(
        invoices.listInvoices(errors.validated(validator, query)), InvoiceResponse::summary);
  }

  @GET
  @Path("export.csv")
  @Produces(TEXT_CSV)
  @Operation(
      summary = "Export invoices as CSV",
      description =
          "The list's filters, every matching invoice newest first, streamed page by page as RFC"
              + " 4180 CSV (header row, CRLF, quoted fields).")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING)))
  public Response export(
      @QueryParam("status") String status,
      @QueryParam("projectId") String projectId,
      @QueryParam("clientId") String clientId,
      @QueryParam("issuedFrom") String issuedFrom,
      @QueryParam("issuedTo") String issuedTo) {
    InputErrors errors = new InputErrors();
    InvoiceListQuery query =
        errors.validated(
            validator,
            query(errors, status, projectId, clientId, issuedFrom, issuedTo, EXPORT_PAGE, null));
    // The first page is read before answering, so that a refusal is still a proper problem.
    Page<Invoice> first = invoices.listInvoices(query);
    StreamingOutput body =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          writer.write(InvoiceCsv.HEADER);
          Page<Invoice> page = first;
          while (true) {
            for (Invoice invoice : page.items()) {
              writer.write(InvoiceCsv.row(invoice));
            }
            if (page.nextCursor() == null) {
              break;
            }
            writer.flush();
            page = invoices.listInvoices(query.withCursor(page.nextCursor()));
          }
          writer.flush();
        };
    return Response.ok(body)
        .type(TEXT_CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"invoices.csv\"")
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get an invoice with its payments")
  @APIResponse(
      responseCode = "200",
      description = "The invoice; ETag is its version",
      content = @Content(schema = @Schema(implementation = InvoiceResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response get(@PathParam("id") int id) {
    return ok(invoices.getInvoice(id));
  }

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The invoice as a PDF document")
  @APIResponse(
      responseCode = "200",
      description = "The PDF",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response pdf(@PathParam("id") int id) {
    InvoicePdfFile file = invoices.renderInvoicePdf(id);
    return Response.ok(file.content())
        .type("application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @POST
  @Path("{id}/void")
  @Operation(
      summary = "Void an invoice",
      description =
          "With a reason; only when nothing is paid on it (refund first). Issued invoices are"
              + " never deleted. Its installment can be invoiced again. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The voided invoice",
      content = @Content(schema = @Schema(implementation = InvoiceResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response voidInvoice(
      @PathParam("id") int id,
      VoidRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    if (body == null || body.reason() == null || body.reason().isBlank()) {
      InputErrors errors = new InputErrors();
      errors.add("reason", "is required");
      errors.throwIfAny();
    }
    return ok(invoices.voidInvoice(id, body.reason(), ifMatchVersion(ifMatch)));
  }

  @POST
  @Path("{id}/payments")
  @Operation(
      summary = "Record a payment",
      description =
          "Needs the Idempotency-Key header: a replay of the same request answers the first"
              + " response unchanged (Idempotent-Replayed: true); the same key with another request"
              + " answers 422. More than the outstanding amount answers 409. Needs payments.write.")
  @APIResponse(responseCode = "201", description = "The payment and the invoice after it")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request")
  public Response pay(
      @PathParam("id") int id,
      @Parameter(description = "A unique key per payment (e.g. a UUID)")
          @HeaderParam(IDEMPOTENCY_KEY)
          String key,
      PaymentBody body) {
    NewPayment payment = payment(key, body);
    return answer(payments.recordPayment(id, key.strip(), payment));
  }

  @POST
  @Path("{id}/refunds")
  @Operation(
      summary = "Record a refund",
      description =
          "A positive amount, stored as a negative payment; never more than what is paid."
              + " Idempotency-Key as for payments. Needs payments.refund.")
  @APIResponse(responseCode = "201", description = "The refund and the invoice after it")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request")
  public Response refund(
      @PathParam("id") int id,
      @Parameter(description = "A unique key per refund (e.g. a UUID)")
          @HeaderParam(IDEMPOTENCY_KEY)
          String key,
      PaymentBody body) {
    NewPayment refund = payment(key, body);
    return answer(payments.recordRefund(id, key.strip(), refund));
  }

  private NewPayment payment(String key, PaymentBody body) {
    InputErrors errors = new InputErrors();
    if (key == null || key.isBlank()) {
      errors.add(IDEMPOTENCY_KEY, "header is required (a unique key per request, e.g. a UUID)");
    } else if (key.strip().length() > 255) {
      errors.add(IDEMPOTENCY_KEY, "must be at most 255 characters");
    }
    NewPayment payment =
        body == null
            ? new NewPayment(null, null, null)
            : new NewPayment(body.amount(), body.method(), body.transactionId());
    return errors.validated(validator, payment);
  }

  private static Response answer(PaymentOutcome outcome) {
    Response.ResponseBuilder response =
        Response.status(outcome.status()).entity(outcome.body()).type(MediaType.APPLICATION_JSON);
    if (outcome.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.build();
  }

  private static InvoiceListQuery query(
      InputErrors errors,
      String status,
      String projectId,
      String clientId,
      String issuedFrom,
      String issuedTo,
      int limit,
      String cursor) {
    InvoiceStatus parsed = null;
    if (status != null) {
      parsed = InvoiceStatus.fromLabel(status).orElse(null);
      if (parsed == null) {
        errors.add("status", "must be one of " + String.join(", ", InvoiceStatus.labels()));
      }
    }
    return new InvoiceListQuery(
        parsed,
        errors.optionalInteger("projectId", projectId),
        errors.optionalInteger("clientId", clientId),
        errors.date("issuedFrom", issuedFrom),
        errors.date("issuedTo", issuedTo),
        limit,
        cursor);
  }

  private static Response ok(InvoiceView view) {
    InvoiceResponse body = InvoiceResponse.of(view);
    return Response.ok(body).tag(new EntityTag(String.valueOf(body.version()))).build();
  }
}
