package com.projectflo.execution.rest;

import com.projectflo.execution.application.CalendarFeedService;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/calendar/feeds/{secret}.ics}: a contributor's calendar for calendar apps, which
 * cannot send a bearer token. web.xml leaves {@code /api/calendar/feeds/*} unprotected: the secret
 * in the URL is the credential.
 */
@Path("/calendar/feeds")
@RequestScoped
@Tag(name = "Calendar")
public class CalendarFeedResource {

  static final String TEXT_CALENDAR = "text/calendar";

  @Inject private CalendarFeedService feeds;

  @GET
  @Path("{secret}.ics")
  @Produces(TEXT_CALENDAR)
  @SecurityRequirements
  @Operation(
      summary = "A contributor's ICS feed (RFC 5545)",
      description =
          "No sign-in: the secret issued by POST /api/contributors/{id}/calendar-feed is the"
              + " credential. Events from 90 days ago to two years ahead. An unknown, rotated or"
              + " revoked secret answers 404.")
  @APIResponse(
      responseCode = "200",
      description = "The calendar",
      content = @Content(mediaType = TEXT_CALENDAR))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response feed(@PathParam("secret") String secret) {
    return Response.ok(feeds.renderFeed(secret), TEXT_CALENDAR + "; charset=UTF-8")
        .header("Cache-Control", "private, max-age=300")
        .build();
  }
}
