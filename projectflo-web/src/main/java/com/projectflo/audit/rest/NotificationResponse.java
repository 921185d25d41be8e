package com.projectflo.audit.rest;

import com.projectflo.audit.model.Notification;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification of the signed-in contributor. */
@Schema(name = "Notification")
public record NotificationResponse(
    int id, String message, String linkUrl, boolean read, OffsetDateTime createdAt) {

  static NotificationResponse of(Notification n) {
    return new NotificationResponse(
        n.getId(), n.getMessage(), n.getLinkUrl(), n.isRead(), n.getCreatedAt());
  }
}
