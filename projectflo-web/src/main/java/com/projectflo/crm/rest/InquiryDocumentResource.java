package com.projectflo.crm.rest;

import com.projectflo.crm.application.DocumentService;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/inquiries/{inquiryId}/documents}: an inquiry's documents. */
@Path("/inquiries/{inquiryId}/documents")
@RequestScoped
@Tag(name = "Documents", description = "Files of projects and inquiries")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class InquiryDocumentResource {

  @Inject private DocumentService documents;

  @Inject private Validator validator;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Upload a document to an inquiry",
      description =
          "multipart/form-data with the parts file and documentType (and optionally name). Needs"
              + " inquiries.write and documents.write. Larger than the configured limit: 413.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(implementation = DocumentUploadForm.class)))
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location and ETag headers set",
      content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
  @APIResponse(responseCode = "413", description = "The file is larger than the limit")
  @APIResponse(responseCode = "415", description = "Not multipart/form-data")
  public Response upload(
      @PathParam("inquiryId") int inquiryId,
      @Parameter(hidden = true) @FormParam("file") EntityPart file,
      @Parameter(hidden = true) @FormParam("documentType") EntityPart documentType,
      @Parameter(hidden = true) @FormParam("name") EntityPart name,
      @Context UriInfo uri) {
    return DocumentResource.created(
        documents.uploadToInquiry(inquiryId, Uploads.read(file, documentType, name)),
        uri.getBaseUri());
  }

  @GET
  @Operation(
      summary = "List an inquiry's documents",
      description =
          "Newest first; archived ones only with includeArchived=true. Needs inquiries.read and documents.read.")
  @APIResponse(responseCode = "200", description = "One page of documents")
  public ListResponse<DocumentResponse> list(
      @PathParam("inquiryId") int inquiryId,
      @Parameter(
              description = "Include archived documents",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("includeArchived")
          String includeArchived,
      @Parameter(
              description = "Page size, 1 to 200",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor) {
    InputErrors errors = new InputErrors();
    boolean archived = errors.bool("includeArchived", includeArchived, false);
    var page = errors.validated(validator, errors.page(limit, cursor));
    return ListResponse.of(
        documents.listInquiryDocuments(inquiryId, archived, page), DocumentResponse::of);
  }
}
