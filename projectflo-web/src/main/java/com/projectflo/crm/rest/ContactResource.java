package com.projectflo.crm.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.crm.application.ContactDetails;
import com.projectflo.crm.application.ContactListQuery;
import com.projectflo.crm.application.ContactService;
import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.ContactType;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/contacts}: the contact registry. */
@Path("/contacts")
@RequestScoped
@Tag(name = "Contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
public class ContactResource {

  static final String MERGE_PATCH = "application/merge-patch+json";

  @Inject private ContactService contacts;

  @Inject private Validator validator;

  @POST
  @Operation(
      summary = "Create a contact",
      description = "The e-mail address must be unused (case-insensitive).")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag headers set",
      content = @Content(schema = @Schema(implementation = ContactResponse.class)))
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response create(ContactRequest body, @Context UriInfo uri) {
    Contact contact = contacts.createContact(details(body));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(contact.getId())).build())
        .tag(etag(contact))
        .entity(ContactResponse.of(contact))
        .build();
  }

  @GET
  @Operation(
      summary = "List contacts",
      description =
          "Ordered by last name, first name, id. Archived contacts are left out unless"
              + " includeArchived=true. Pass nextCursor back as cursor for the next page.")
  @APIResponse(responseCode = "200", description = "One page of contacts")
  public ListResponse<ContactResponse> list(
      @Parameter(
              description = "Contact type label",
              schema = @Schema(enumeration = {"Client Lead", "Client", "Contributor", "Vendor"}))
          @QueryParam("type")
          String type,
      @Parameter(description = "Substring of name, e-mail or company (case-insensitive)")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "Include archived contacts",
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
    ContactListQuery query =
        new ContactListQuery(
            errors.label("type", type, ContactType.class),
            q,
            errors.bool("includeArchived", includeArchived, false),
            errors.integer("limit", limit, ContactListQuery.DEFAULT_LIMIT),
            cursor);
    return ListResponse.of(
        contacts.listContacts(errors.validated(validator, query)), ContactResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a contact (archived ones included)")
  @APIResponse(
      responseCode = "200",
      description = "The contact; ETag header set",
      content = @Content(schema = @Schema(implementation = ContactResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response get(@PathParam("id") int id) {
    return ok(contacts.getContact(id));
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Replace a contact",
      description = "Fields left out become empty. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The updated contact",
      content = @Content(schema = @Schema(implementation = ContactResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response replace(
      @PathParam("id") int id,
      ContactRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(contacts.updateContact(id, details(body), ifMatchVersion(ifMatch)));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Change some fields of a contact",
      description =
          "JSON Merge Patch (RFC 7396): members present replace, null clears. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The updated contact",
      content = @Content(schema = @Schema(implementation = ContactResponse.class)))
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
        contacts.patchContact(id, current -> merge(current, patchObject), ifMatchVersion(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Archive a contact (soft delete)",
      description = "Idempotent. Honours If-Match.")
  @APIResponse(responseCode = "204", description = "Archived")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response archive(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    contacts.archiveContact(id, ifMatchVersion(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Restore an archived contact", description = "Idempotent.")
  @APIResponse(
      responseCode = "200",
      description = "The restored contact",
      content = @Content(schema = @Schema(implementation = ContactResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response restore(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(contacts.restoreContact(id, ifMatchVersion(ifMatch)));
  }

  private ContactDetails merge(ContactDetails current, JsonObject patch) {
    JsonValue document =
        Json.createReader(
                new StringReader(JsonbConfiguration.jsonb().toJson(ContactRequest.of(current))))
            .readValue();
    JsonValue merged = Json.createMergePatch(patch).apply(document);
    try {
      return details(JsonbConfiguration.jsonb().fromJson(merged.toString(), ContactRequest.class));
    } catch (JsonbException e) {
      throw ProblemTranslator.invalidBody(e);
    }
  }

  /** The validated details of a request body; every bad field is reported at once. */
  private ContactDetails details(ContactRequest body) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    return errors.validated(validator, body.toDetails(errors));
  }

  private static Response ok(Contact contact) {
    return Response.ok(ContactResponse.of(contact)).tag(etag(contact)).build();
  }

  private static EntityTag etag(Contact contact) {
    return new EntityTag(String.valueOf(contact.getVersion()));
  }
}
