package com.projectflo.crm.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.crm.application.DocumentContent;
import com.projectflo.crm.application.DocumentService;
import com.projectflo.crm.model.Document;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/documents/{id}}: one document, its content, archive and restore. Uploads and lists
 * are under the project or inquiry they belong to.
 */
@Path("/documents/{id}")
@RequestScoped
@Tag(name = "Documents", description = "Files of projects and inquiries")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class DocumentResource {

  @Inject private DocumentService documents;

  @GET
  @Operation(
      summary = "Get a document's metadata",
      description = "A portal user sees the active documents of its own projects only.")
  @APIResponse(
      responseCode = "200",
      description = "The document; ETag header set (its version)",
      content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
  public Response get(@PathParam("id") int id) {
    return ok(documents.getDocument(id));
  }

  @GET
  @Path("content")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download a document",
      description =
          "Streams the stored content with its content type, as an attachment named after the"
              + " document (Content-Disposition filename*), with nosniff. ETag is the SHA-256;"
              + " If-None-Match answers 304.")
  @APIResponse(
      responseCode = "200",
      description = "The content",
      headers = {
        @Header(
            name = "Content-Disposition",
            description = "attachment; filename*=UTF-8''...",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "ETag",
            description = "The SHA-256 of the content",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = "Unchanged (If-None-Match)")
  public Response content(@PathParam("id") int id, @Context Request request) {
    DocumentContent stored = documents.openContent(id);
    Document document = stored.document();
    EntityTag tag = new EntityTag(document.getSha256());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      close(stored.content());
      return notModified.tag(tag).build();
    }
    StreamingOutput body =
        out -> {
          try (InputStream in = stored.content()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body)
        .type(document.getContentType())
        .tag(tag)
        .header(HttpHeaders.CONTENT_LENGTH, document.getSizeBytes())
        .header("Content-Disposition", ContentDisposition.attachment(document.getFileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
        .build();
  }

  @DELETE
  @Operation(
      summary = "Archive a document (soft delete)",
      description = "The file is kept; idempotent. Honours If-Match.")
  @APIResponse(responseCode = "204", description = "Archived")
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response archive(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    documents.archiveDocument(id, ifMatchVersion(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("restore")
  @Operation(summary = "Restore an archived document", description = "Idempotent.")
  @APIResponse(
      responseCode = "200",
      description = "The restored document",
      content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response restore(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(documents.restoreDocument(id, ifMatchVersion(ifMatch)));
  }

  static Response ok(Document document) {
    return Response.ok(DocumentResponse.of(document)).tag(etag(document)).build();
  }

  static Response created(Document document, URI base) {
    return Response.created(base.resolve("documents/" + document.getId()))
        .tag(etag(document))
        .entity(DocumentResponse.of(document))
        .build();
  }

  private static EntityTag etag(Document document) {
    return new EntityTag(String.valueOf(document.getVersion()));
  }

  private static void close(InputStream content) {
    try {
      content.close();
    } catch (IOException e) {
      // Nothing was read; the stream is abandoned.
    }
  }
}
