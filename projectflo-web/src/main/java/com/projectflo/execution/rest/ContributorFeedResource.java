package com.projectflo.execution.rest;

import com.projectflo.execution.application.CalendarFeedService;
import com.projectflo.execution.application.FeedStatus;
import com.projectflo.execution.application.IssuedFeed;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/contributors/{id}/calendar-feed}: issue, rotate and revoke a contributor's secret ICS
 * feed URL. One's own, or anyone's with contributors.write.
 */
@Path("/contributors/{id}/calendar-feed")
@RequestScoped
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class ContributorFeedResource {

  @Inject private CalendarFeedService feeds;

  @GET
  @Operation(
      summary = "Status of the ICS feed",
      description = "Whether the contributor has a feed; the secret URL is never shown again.")
  @APIResponse(responseCode = "200", description = "The status")
  public CalendarFeedResponse get(@PathParam("id") int id) {
    FeedStatus status = feeds.getFeedStatus(id);
    return new CalendarFeedResponse(id, status.active(), status.issuedAt(), null);
  }

  @POST
  @Operation(
      summary = "Issue or rotate the ICS feed",
      description =
          "A new secret URL /api/calendar/feeds/{secret}.ics, shown this once (only its SHA-256 is"
              + " stored); any previous URL stops working.")
  @APIResponse(responseCode = "200", description = "The feed with its URL")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response issue(@PathParam("id") int id, @Context UriInfo uri) {
    IssuedFeed issued = feeds.issueFeed(id);
    String url =
        uri.getBaseUriBuilder()
            .path(CalendarFeedResource.class)
            .path(issued.secret() + ".ics")
            .build()
            .toString();
    return Response.ok(new CalendarFeedResponse(id, true, issued.issuedAt(), url))
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  @Operation(summary = "Revoke the ICS feed", description = "Its URL answers 404. Idempotent.")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revoke(@PathParam("id") int id) {
    feeds.revokeFeed(id);
    return Response.noContent().build();
  }
}
