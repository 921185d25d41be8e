package com.projectflo.identity.rest;

import com.projectflo.identity.application.ClientInvitationService;
import com.projectflo.identity.model.ClientUser;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/auth/invitations}: a client's couple accepts the studio's invitation to the portal.
 * Open without a token, like sign-in: the invitation token is the credential.
 */
@Path("/auth/invitations")
@RequestScoped
@Tag(name = "Authentication")
@SecurityRequirements
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
public class InvitationResource {

  @Inject private ClientInvitationService invitations;

  @Inject private Validator validator;

  @POST
  @Path("accept")
  @Operation(
      summary = "Accept a portal invitation",
      description =
          "Creates the client's portal login with the chosen password (password rules apply);"
              + " then sign in with POST /api/auth/client-login. An unknown, used, revoked or"
              + " expired token is a 400 naming token, all alike.")
  @APIResponse(
      responseCode = "201",
      description = "The new portal login",
      content = @Content(schema = @Schema(implementation = ClientUserResponse.class)))
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response accept(InvitationAcceptRequest body) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    ClientUser user =
        invitations.accept(new InputErrors().validated(validator, body.toAcceptance()));
    return Response.status(Response.Status.CREATED).entity(ClientUserResponse.of(user)).build();
  }
}
