package com.projectflo.crm.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.audit.application.NotificationService;
import com.projectflo.audit.model.Notification;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.model.Contributor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily follow-up reminders: a notification to the owner of every open inquiry whose follow-up
 * date has passed, and to the assignee of every pending activity due that day. Each (day, kind,
 * subject, recipient) is claimed in {@code reminder_deliveries} first, so a second run for the same
 * day, from this server or another one, notifies nobody twice.
 */
@Stateless
public class ReminderService {

  static final String INQUIRY_FOLLOW_UP = "inquiry_follow_up";
  static final String ACTIVITY_DUE = "activity_due";

  /**
   * Claims the reminders of a day in one statement: the rows the unique key lets in are the ones to
   * send. An inquiry without owner goes to every active contributor whose role may work on
   * inquiries.
   */
  private static final String CLAIM =
      """
      WITH due AS (
        SELECT 'inquiry_follow_up' AS kind, i.id AS subject_id, r.contributor_id AS recipient,
               'Follow-up overdue since ' || to_char(i.follow_up_due_date, 'YYYY-MM-DD')
                 || ': inquiry #' || i.id || ' from '
                 || trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, ''))
                 || ' (' || i.status || ')' AS message,
               '/api/inquiries/' || i.id AS link
          FROM inquiries i
          JOIN contacts c ON c.id = i.contact_id
          CROSS JOIN LATERAL (
            SELECT o.id AS contributor_id FROM contributors o
             WHERE o.id = i.owner_contributor_id AND o.archived_at IS NULL
            UNION ALL
            SELECT w.id FROM contributors w
              JOIN role_permissions rp ON rp.role_id = w.role_id
              JOIN permissions p ON p.id = rp.permission_id AND p.action_name = 'inquiries.write'
             WHERE i.owner_contributor_id IS NULL AND w.archived_at IS NULL
          ) r
         WHERE i.archived_at IS NULL
           AND i.status IN ('New', 'Contacted', 'Proposal Sent')
           AND i.follow_up_due_date < ?1
        UNION ALL
        SELECT 'activity_due', a.id, a.assigned_to_contributor_id,
               'Due today: ' || a.activity_type || ' "' || a.title || '"',
               '/api/activities/' || a.id
          FROM activities a
          JOIN contributors w ON w.id = a.assigned_to_contributor_id AND w.archived_at IS NULL
         WHERE a.status = 'Pending' AND a.due_date = ?1
      ), claimed AS (
        INSERT INTO reminder_deliveries (reminder_date, kind, subject_id, recipient_contributor_id)
        SELECT ?1, kind, subject_id, recipient FROM due
        ON CONFLICT (reminder_date, kind, subject_id, recipient_contributor_id) DO NOTHING
        RETURNING id, kind, subject_id, recipient_contributor_id
      )
      SELECT claimed.id, claimed.kind, claimed.recipient_contributor_id, due.message, due.link
        FROM claimed
        JOIN due ON due.kind = claimed.kind AND due.subject_id = claimed.subject_id
                AND due.recipient = claimed.recipient_contributor_id
       ORDER BY claimed.id
      """;

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @Inject private NotificationService notifications;

  @Inject private AuditTrail audit;

  /** Sends the reminders of {@code day} not sent yet; what a second run finds is already sent. */
  @RequiresPermission(Permissions.BATCH_RUN)
  public ReminderRun sendDailyReminders(@NotNull LocalDate day) {
    @SuppressWarnings("unchecked")
    List<Object[]> claimed = em.createNativeQuery(CLAIM).setParameter(1, day).getResultList();
    int followUps = 0;
    int activities = 0;
    for (Object[] row : claimed) {
      long deliveryId = ((Number) row[0]).longValue();
      Contributor recipient = em.getReference(Contributor.class, ((Number) row[2]).intValue());
      Notification notification = notifications.notify(recipient, (String) row[3], (String) row[4]);
      em.flush();
      int notificationId = notification.getId();
      em.createNativeQuery("UPDATE reminder_deliveries SET notification_id = ?1 WHERE id = ?2")
          .setParameter(1, notificationId)
          .setParameter(2, deliveryId)
          .executeUpdate();
      if (INQUIRY_FOLLOW_UP.equals(row[1])) {
        followUps++;
      } else {
        activities++;
      }
    }
    ReminderRun run = new ReminderRun(day, followUps, activities);
    audit.record("reminders.run", "reminder_run", day.toString(), null, run);
    return run;
  }
}
