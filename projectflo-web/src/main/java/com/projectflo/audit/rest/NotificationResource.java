package com.projectflo.audit.rest;

import com.projectflo.audit.application.NotificationService;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/notifications}: the signed-in contributor's notifications. */
@Path("/notifications")
@RequestScoped
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class NotificationResource {

  @Inject private NotificationService notifications;

  @Inject private Validator validator;

  @GET
  @Operation(summary = "My notifications", description = "Unread first, then newest first.")
  @APIResponse(responseCode = "200", description = "One page")
  @APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
  public ListResponse<NotificationResponse> list(
      @QueryParam("unreadOnly") String unreadOnly,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    InputErrors errors = new InputErrors();
    boolean unread = errors.bool("unreadOnly", unreadOnly, false);
    var page = errors.validated(validator, errors.page(limit, cursor));
    return ListResponse.of(notifications.listMine(unread, page), NotificationResponse::of);
  }

  @GET
  @Path("unread-count")
  @Operation(summary = "How many of my notifications are unread")
  @APIResponse(responseCode = "200", description = "The count")
  public UnreadCount unreadCount() {
    return new UnreadCount(notifications.countUnread());
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one of my notifications read", description = "Idempotent.")
  @APIResponse(responseCode = "200", description = "The notification")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public NotificationResponse markRead(@PathParam("id") int id) {
    return NotificationResponse.of(notifications.markRead(id));
  }

  @POST
  @Path("read-all")
  @Operation(summary = "Mark all my notifications read")
  @APIResponse(responseCode = "200", description = "How many changed")
  public MarkedRead markAllRead() {
    return new MarkedRead(notifications.markAllRead());
  }

  /** The number of unread notifications. */
  @Schema(name = "UnreadCount")
  public record UnreadCount(long unread) {}

  /** The number of notifications marked read. */
  @Schema(name = "MarkedRead")
  public record MarkedRead(int markedRead) {}
}
