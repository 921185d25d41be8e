package com.projectflo.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ProjectFlo REST API, under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "ProjectFlo API",
            version = "1.0",
            description =
                "Back office of a wedding-videography studio. Errors are RFC 9457 problem details"
                    + " (application/problem+json); lists are keyset-paginated"
                    + " ({\"items\": [...], \"nextCursor\": \"...\"})."),
    tags = {
      @Tag(name = "Authentication", description = "Sign-in, token refresh and sign-out"),
      @Tag(name = "Me", description = "The signed-in caller"),
      @Tag(name = "Contacts", description = "Everyone the studio deals with"),
      @Tag(name = "Team", description = "Contributors, roles and permissions"),
      @Tag(name = "Projects", description = "Projects and who works on them"),
      @Tag(name = "Client portal users", description = "Logins of clients"),
      @Tag(name = "Notifications", description = "Alerts of the signed-in contributor"),
      @Tag(name = "Audit", description = "Who changed what, when")
    },
    security = @SecurityRequirement(name = ProjectFloApplication.BEARER),
    components =
        @Components(
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = ProjectFloApplication.BEARER,
                    type = SecuritySchemeType.HTTP,
                    scheme = "bearer",
                    bearerFormat = "JWT",
                    description =
                        "The accessToken of POST /api/auth/login or /api/auth/client-login"),
            responses = {
              @APIResponse(
                  name = ProjectFloApplication.UNAUTHORIZED,
                  responseCode = "401",
                  description = "No valid access token, or wrong credentials",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = ProjectFloApplication.FORBIDDEN,
                  responseCode = "403",
                  description = "The caller lacks the permission this needs",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = ProjectFloApplication.BAD_REQUEST,
                  responseCode = "400",
                  description = "Invalid input or malformed JSON; errors[] names every bad field",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = ProjectFloApplication.NOT_FOUND,
                  responseCode = "404",
                  description = "No such resource",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = ProjectFloApplication.CONFLICT,
                  responseCode = "409",
                  description = "Clashes with the current state (duplicate, concurrent update)",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = ProjectFloApplication.PRECONDITION_FAILED,
                  responseCode = "412",
                  description = "If-Match names an outdated version",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
            }))
public class ProjectFloApplication extends Application {

  /** Names of the shared problem responses, for {@code @APIResponse(ref = ...)}. */
  public static final String BAD_REQUEST = "BadRequest";

  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String BEARER = "bearer";

  public static final String NOT_FOUND = "NotFound";
  public static final String CONFLICT = "Conflict";
  public static final String PRECONDITION_FAILED = "PreconditionFailed";
}
