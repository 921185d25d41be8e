package com.projectflo.identity.rest;

import com.projectflo.identity.application.ClientUserService;
import com.projectflo.identity.model.ClientUser;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/client-users}: portal logins of clients. */
@Path("/client-users")
@RequestScoped
@Tag(name = "Client portal users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class ClientUserResource {

  @Inject private ClientUserService clientUsers;

  @Inject private Validator validator;

  @POST
  @Operation(
      summary = "Create a client's portal login",
      description = "One per client; the e-mail must be unused. Needs client_users.write.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response create(ClientUserRequest body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    ClientUser created =
        clientUsers.createClientUser(new InputErrors().validated(validator, body.toDraft()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
        .entity(ClientUserResponse.of(created))
        .build();
  }

  @GET
  @Operation(summary = "List portal users", description = "Optionally of one client.")
  @APIResponse(responseCode = "200", description = "One page, in id order")
  public ListResponse<ClientUserResponse> list(
      @QueryParam("clientId") String clientId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    InputErrors errors = new InputErrors();
    Integer client = clientId == null ? null : errors.integer("clientId", clientId, 0);
    var page = errors.validated(validator, errors.page(limit, cursor));
    return ListResponse.of(clientUsers.listClientUsers(client, page), ClientUserResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a portal user")
  @APIResponse(responseCode = "200", description = "The portal user")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public ClientUserResponse get(@PathParam("id") int id) {
    return ClientUserResponse.of(clientUsers.getClientUser(id));
  }

  @POST
  @Path("{id}/disable")
  @Operation(
      summary = "Disable a portal user",
      description = "Signs it out everywhere; idempotent.")
  @APIResponse(responseCode = "200", description = "The portal user")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public ClientUserResponse disable(@PathParam("id") int id) {
    return ClientUserResponse.of(clientUsers.disableClientUser(id));
  }

  @POST
  @Path("{id}/enable")
  @Operation(summary = "Enable a disabled portal user", description = "Idempotent.")
  @APIResponse(responseCode = "200", description = "The portal user")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public ClientUserResponse enable(@PathParam("id") int id) {
    return ClientUserResponse.of(clientUsers.enableClientUser(id));
  }
}
