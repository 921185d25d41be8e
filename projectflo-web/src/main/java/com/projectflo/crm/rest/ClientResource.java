package com.projectflo.crm.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.crm.application.ClientListQuery;
import com.projectflo.crm.application.ClientService;
import com.projectflo.crm.application.ClientView;
import com.projectflo.identity.application.ClientInvitationService;
import com.projectflo.identity.application.IssuedInvitation;
import com.projectflo.identity.application.NewInvitation;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/clients}: contacts who booked, with their projects and balance. */
@Path("/clients")
@RequestScoped
@Tag(name = "Clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class ClientResource {

  @Inject private ClientService clients;

  @Inject private ClientInvitationService invitations;

  @Inject private Validator validator;

  @GET
  @Operation(
      summary = "List clients",
      description =
          "In the contacts' name order. Archived clients are left out unless"
              + " includeArchived=true. Pass nextCursor back as cursor for the next page.")
  @APIResponse(responseCode = "200", description = "One page of clients")
  public ListResponse<ClientResponse> list(
      @Parameter(description = "Substring of the contact's name or e-mail (case-insensitive)")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "Include archived clients",
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
    ClientListQuery query =
        new ClientListQuery(
            q,
            errors.bool("includeArchived", includeArchived, false),
            errors.integer("limit", limit, ClientListQuery.DEFAULT_LIMIT),
            cursor);
    return ListResponse.of(
        clients.listClients(errors.validated(validator, query)), ClientResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Get a client (archived ones included)",
      description = "Staff with clients.read, or the client's own portal user.")
  @APIResponse(
      responseCode = "200",
      description = "The client; ETag header set",
      content = @Content(schema = @Schema(implementation = ClientResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response get(@PathParam("id") int id) {
    return ok(clients.getClient(id));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Archive a client (soft delete)",
      description = "Idempotent. Honours If-Match.")
  @APIResponse(responseCode = "204", description = "Archived")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response archive(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    clients.archiveClient(id, ifMatchVersion(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Restore an archived client", description = "Idempotent.")
  @APIResponse(
      responseCode = "200",
      description = "The restored client",
      content = @Content(schema = @Schema(implementation = ClientResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response restore(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(clients.restoreClient(id, ifMatchVersion(ifMatch)));
  }

  @POST
  @Path("{id}/invitations")
  @Operation(
      summary = "Invite the client's couple to the portal",
      description =
          "Returns a one-time token, shown only in this answer (only its SHA-256 is stored),"
              + " valid for projectflo.invitations.ttl (7 days by default). Revokes the"
              + " client's earlier pending invitations. Needs client_users.write.")
  @APIResponse(
      responseCode = "201",
      description = "Invited",
      content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response invite(@PathParam("id") int id, InvitationRequest body) {
    NewInvitation request =
        new InputErrors()
            .validated(validator, new NewInvitation(body == null ? null : body.email()));
    IssuedInvitation issued = invitations.invite(id, request);
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.status(Response.Status.CREATED)
        .cacheControl(noStore)
        .entity(InvitationResponse.of(issued, id))
        .build();
  }

  private static Response ok(ClientView view) {
    return Response.ok(ClientResponse.of(view))
        .tag(new EntityTag(String.valueOf(view.client().getVersion())))
        .build();
  }
}
