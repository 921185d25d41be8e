package com.projectflo.identity.rest;

import com.projectflo.identity.application.AuthenticationService;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/auth}: sign-in, refresh and sign-out; the only API paths open without a token. */
@Path("/auth")
@RequestScoped
@Tag(name = "Authentication")
@SecurityRequirements
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
public class AuthResource {

  @Inject private AuthenticationService authentication;

  @Inject private Validator validator;

  @POST
  @Path("login")
  @Operation(
      summary = "Sign in as a contributor",
      description =
          "With the e-mail of the contributor's contact. After 5 failures in 15 minutes the"
              + " e-mail is locked for 15 minutes (429 with Retry-After).")
  @APIResponse(
      responseCode = "200",
      description = "Signed in",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "429", description = "Locked for a while; see Retry-After")
  public Response login(LoginRequest body) {
    return tokens(
        TokenResponse.of(authentication.loginContributor(credentials(body).toCredentials())));
  }

  @POST
  @Path("client-login")
  @Operation(summary = "Sign in as a client's portal user", description = "Locks out as /login.")
  @APIResponse(
      responseCode = "200",
      description = "Signed in",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
  @APIResponse(responseCode = "429", description = "Locked for a while; see Retry-After")
  public Response clientLogin(LoginRequest body) {
    return tokens(
        TokenResponse.of(authentication.loginClientUser(credentials(body).toCredentials())));
  }

  @POST
  @Path("refresh")
  @Operation(
      summary = "Exchange a refresh token for new tokens",
      description =
          "The refresh token is single use. Presenting one that was already used signs out"
              + " every session of that login.")
  @APIResponse(
      responseCode = "200",
      description = "New tokens",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
  public Response refresh(RefreshRequest body) {
    return tokens(TokenResponse.of(authentication.refresh(refreshToken(body))));
  }

  @POST
  @Path("logout")
  @Operation(summary = "Sign out: the refresh token and its successors stop working")
  @APIResponse(responseCode = "204", description = "Signed out")
  public Response logout(RefreshRequest body) {
    authentication.logout(refreshToken(body));
    return Response.noContent().build();
  }

  private LoginRequest credentials(LoginRequest body) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    new InputErrors().validated(validator, body.toCredentials());
    return body;
  }

  private static String refreshToken(RefreshRequest body) {
    if (body == null || body.refreshToken() == null || body.refreshToken().isBlank()) {
      throw new InvalidInputException("refreshToken", "is required");
    }
    return body.refreshToken();
  }

  private static Response tokens(TokenResponse tokens) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(tokens).cacheControl(noStore).build();
  }
}
