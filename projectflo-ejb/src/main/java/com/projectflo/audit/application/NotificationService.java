package com.projectflo.audit.application;

import com.projectflo.audit.model.Notification;
import com.projectflo.audit.persistence.NotificationRepository;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.model.Contributor;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Notifications of contributors: other services {@link #notify} someone in their own transaction;
 * the signed-in contributor reads its own, unread first, and marks them read.
 */
@Stateless
public class NotificationService {

  static final String RESOURCE = "Notification";
  private static final String ENTITY = "notification";

  @Inject private NotificationRepository notifications;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  /** Sends a notification as part of the caller's change (no audit row of its own). */
  public Notification notify(Contributor recipient, String message, String linkUrl) {
    Notification notification = new Notification();
    notification.setRecipient(recipient);
    notification.setMessage(message);
    notification.setLinkUrl(linkUrl);
    notifications.add(notification);
    return notification;
  }

  /** Mine, unread first, newest first within each; the cursor carries (read, id). */
  @RequiresPermission
  public Page<Notification> listMine(boolean unreadOnly, @NotNull @Valid PageRequest page) {
    int me = currentCaller.get().id();
    Boolean afterRead = null;
    Integer afterId = null;
    if (page.cursor() != null) {
      KeysetCursor cursor = KeysetCursor.decode(page.cursor(), 2);
      afterRead = cursor.integer(0) == 1;
      afterId = cursor.integer(1);
    }
    List<Notification> rows =
        notifications.findPage(me, unreadOnly, afterRead, afterId, page.limit() + 1);
    return page.page(rows, n -> KeysetCursor.encode(n.isRead() ? 1 : 0, n.getId()));
  }

  @RequiresPermission
  public long countUnread() {
    return notifications.countUnread(currentCaller.get().id());
  }

  @RequiresPermission
  public Notification markRead(int id) {
    Caller me = currentCaller.get();
    Notification notification =
        notifications
            .findById(id)
            .filter(n -> n.getRecipient().getId() == me.id())
            .orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
    boolean wasRead = notification.isRead();
    notification.setRead(true);
    audit.record("notification.read", ENTITY, id, new ReadState(wasRead), new ReadState(true));
    return notification;
  }

  /** Marks every unread notification of mine read; returns how many changed. */
  @RequiresPermission
  public int markAllRead() {
    int me = currentCaller.get().id();
    int changed = notifications.markAllRead(me);
    audit.record("notification.read_all", "contributor", me, null, new ReadAllResult(changed));
    return changed;
  }

  record ReadState(boolean read) {}

  record ReadAllResult(int markedRead) {}
}
