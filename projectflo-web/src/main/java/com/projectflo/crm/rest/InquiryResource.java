package com.projectflo.crm.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.crm.application.InquiryDetails;
import com.projectflo.crm.application.InquiryListQuery;
import com.projectflo.crm.application.InquiryOutcome;
import com.projectflo.crm.application.InquiryService;
import com.projectflo.crm.application.StatusChange;
import com.projectflo.crm.application.WeddingDateClash;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.crm.model.InquiryStatus;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.JsonbConfiguration;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProblemTranslator;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/inquiries}: leads and their way through the sales pipeline. */
@Path("/inquiries")
@RequestScoped
@Tag(name = "Inquiries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class InquiryResource {

  static final String MERGE_PATCH = "application/merge-patch+json";

  @Inject private InquiryService inquiries;

  @Inject private Validator validator;

  @POST
  @Operation(
      summary = "Create an inquiry",
      description =
          "For an existing contact (contactId) or a couple (contact: the contact with the same"
              + " e-mail, in any case, is reused; a Client Lead is created otherwise). Starts in"
              + " New, owned by the caller unless ownerContributorId says otherwise. warnings"
              + " lists projects already booked on the wedding date.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag headers set",
      content = @Content(schema = @Schema(implementation = InquiryResponse.class)))
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response create(InquiryRequest body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    InquiryOutcome created =
        inquiries.createInquiry(errors.validated(validator, body.toDraft(errors)));
    Inquiry inquiry = created.inquiry();
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(inquiry.getId())).build())
        .tag(etag(inquiry))
        .entity(InquiryResponse.of(inquiry, created.warnings()))
        .build();
  }

  @GET
  @Operation(
      summary = "List inquiries",
      description =
          "Newest first. Archived inquiries are left out unless includeArchived=true. Pass"
              + " nextCursor back as cursor for the next page.")
  @APIResponse(responseCode = "200", description = "One page of inquiries")
  public ListResponse<InquiryResponse> list(
      @Parameter(
              description = "Status label",
              schema =
                  @Schema(
                      enumeration = {"New", "Contacted", "Proposal Sent", "Booked", "Closed-Lost"}))
          @QueryParam("status")
          String status,
      @Parameter(description = "Wedding on or after this date", schema = @Schema(format = "date"))
          @QueryParam("weddingDateFrom")
          String weddingDateFrom,
      @Parameter(description = "Wedding on or before this date", schema = @Schema(format = "date"))
          @QueryParam("weddingDateTo")
          String weddingDateTo,
      @Parameter(description = "Lead source (case-insensitive)") @QueryParam("leadSource")
          String leadSource,
      @Parameter(description = "Campaign id") @QueryParam("campaignId") String campaignId,
      @Parameter(
              description =
                  "Only open inquiries (New, Contacted, Proposal Sent) whose follow-up is due"
                      + " before today",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("overdueFollowUp")
          String overdueFollowUp,
      @Parameter(
              description =
                  "Substring of notes, venue, lead source, campaign or the contact's name and"
                      + " e-mail (case-insensitive)")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "Include archived inquiries",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("includeArchived")
          String includeArchived,
      @Parameter(
              description = "Page size, 1 to 200",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      defaultValue = "50",
                      minimum = "1",
                      maximum = "200"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor) {
    InputErrors errors = new InputErrors();
    InquiryListQuery query =
        new InquiryListQuery(
            errors.label("status", status, InquiryStatus.class),
            errors.date("weddingDateFrom", weddingDateFrom),
            errors.date("weddingDateTo", weddingDateTo),
            leadSource,
            campaignId,
            errors.bool("overdueFollowUp", overdueFollowUp, false),
            q,
            errors.bool("includeArchived", includeArchived, false),
            errors.integer("limit", limit, InquiryListQuery.DEFAULT_LIMIT),
            cursor);
    return ListResponse.of(
        inquiries.listInquiries(errors.validated(validator, query)), InquiryResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get an inquiry (archived ones included)")
  @APIResponse(
      responseCode = "200",
      description = "The inquiry; ETag header set",
      content = @Content(schema = @Schema(implementation = InquiryResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response get(@PathParam("id") int id) {
    return ok(inquiries.getInquiry(id), null);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Replace the editable fields of an inquiry",
      description =
          "Fields left out become empty (the owner too). The contact and the status do not"
              + " change here. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The updated inquiry",
      content = @Content(schema = @Schema(implementation = InquiryResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response replace(
      @PathParam("id") int id,
      InquiryUpdateRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(inquiries.updateInquiry(id, details(body), ifMatchVersion(ifMatch)));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Change some fields of an inquiry",
      description =
          "JSON Merge Patch (RFC 7396) of the InquiryUpdateRequest document: members present"
              + " replace, null clears. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The updated inquiry",
      content = @Content(schema = @Schema(implementation = InquiryResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response patch(
      @PathParam("id") int id,
      @RequestBody(
              description = "Members to change; null clears a member",
              content =
                  @Content(mediaType = MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT)))
          JsonValue patch,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    if (!(patch instanceof JsonObject patchObject)) {
      throw new InvalidInputException("body", "must be a JSON object (a merge patch)");
    }
    return ok(
        inquiries.patchInquiry(
            id, current -> merge(current, patchObject), ifMatchVersion(ifMatch)));
  }

  @POST
  @Path("{id}/status")
  @Operation(
      summary = "Move an inquiry along the pipeline",
      description =
          "New → Contacted → Proposal Sent, forward skips allowed; Closed-Lost from any open"
              + " status, with a reason. Booked and Closed-Lost are final. Booked is set by the"
              + " booking flow only. An illegal move is a 409 whose allowed member lists the"
              + " statuses the inquiry may move to. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The inquiry in its new status",
      content = @Content(schema = @Schema(implementation = InquiryResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response changeStatus(
      @PathParam("id") int id,
      StatusChangeRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    StatusChange change =
        errors.validated(
            validator,
            new StatusChange(
                errors.label("status", body.status(), InquiryStatus.class), body.reason()));
    return ok(inquiries.changeStatus(id, change, ifMatchVersion(ifMatch)), null);
  }

  @GET
  @Path("{id}/status-changes")
  @Operation(summary = "The status history of an inquiry, oldest first (first: its creation)")
  @APIResponse(responseCode = "200", description = "The history")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public List<StatusChangeResponse> statusChanges(@PathParam("id") int id) {
    return inquiries.listStatusChanges(id).stream().map(StatusChangeResponse::of).toList();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Archive an inquiry (soft delete)",
      description = "Idempotent. Honours If-Match.")
  @APIResponse(responseCode = "204", description = "Archived")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response archive(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    inquiries.archiveInquiry(id, ifMatchVersion(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Restore an archived inquiry", description = "Idempotent.")
  @APIResponse(
      responseCode = "200",
      description = "The restored inquiry",
      content = @Content(schema = @Schema(implementation = InquiryResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response restore(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(inquiries.restoreInquiry(id, ifMatchVersion(ifMatch)), null);
  }

  private InquiryDetails merge(InquiryDetails current, JsonObject patch) {
    JsonValue document =
        Json.createReader(
                new StringReader(
                    JsonbConfiguration.jsonb().toJson(InquiryUpdateRequest.of(current))))
            .readValue();
    JsonValue merged = Json.createMergePatch(patch).apply(document);
    try {
      return details(
          JsonbConfiguration.jsonb().fromJson(merged.toString(), InquiryUpdateRequest.class));
    } catch (JsonbException e) {
      throw ProblemTranslator.invalidBody(e);
    }
  }

  /** The validated details of a request body; every bad field is reported at once. */
  private InquiryDetails details(InquiryUpdateRequest body) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    return errors.validated(validator, body.toDetails(errors));
  }

  private static Response ok(InquiryOutcome outcome) {
    return ok(outcome.inquiry(), outcome.warnings());
  }

  private static Response ok(Inquiry inquiry, List<WeddingDateClash> warnings) {
    return Response.ok(InquiryResponse.of(inquiry, warnings)).tag(etag(inquiry)).build();
  }

  private static EntityTag etag(Inquiry inquiry) {
    return new EntityTag(String.valueOf(inquiry.getVersion()));
  }
}
