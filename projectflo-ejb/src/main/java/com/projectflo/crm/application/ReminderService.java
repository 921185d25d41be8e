package com.projectflo.crm.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.audit.application.ReminderDeliveries;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;

/**
 * The daily follow-up reminders: a notification to the owner of every open inquiry whose follow-up
 * date has passed, and to the assignee of every pending activity due that day. Each (day, kind,
 * subject, recipient) is claimed in {@code reminder_deliveries} first, so a second run for the same
 * day, from this server or another one, notifies nobody twice (one statement, {@link
 * ReminderDeliveries}).
 */
@Stateless
public class ReminderService {

  static final String INQUIRY_FOLLOW_UP = "inquiry_follow_up";
  static final String ACTIVITY_DUE = "activity_due";

  /**
   * Who is due which reminder on day {@code ?1} (see {@link ReminderDeliveries}). An inquiry
   * without owner goes to every active contributor whose role may work on inquiries.
   */
  private static final String DUE =
      """
      SELECT 'inquiry_follow_up' AS kind, i.id AS subject_id, r.contributor_id AS recipient,
             'Follow-up overdue since ' || to_char(i.follow_up_due_date, 'YYYY-MM-DD')
               || ': inquiry #' || i.id || ' from '
               || trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, ''))
               || ' (' || i.status || ')' AS message,
             '/api/inquiries/' || i.id AS link, 'inquiry_follow_up' AS tally
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
             '/api/activities/' || a.id, 'activity_due'
        FROM activities a
        JOIN contributors w ON w.id = a.assigned_to_contributor_id AND w.archived_at IS NULL
       WHERE a.status = 'Pending' AND a.due_date = ?1
      """;

  @Inject private ReminderDeliveries deliveries;

  @Inject private AuditTrail audit;

  /** Sends the reminders of {@code day} not sent yet; what a second run finds is already sent. */
  @RequiresPermission(Permissions.BATCH_RUN)
  public ReminderRun sendDailyReminders(@NotNull LocalDate day) {
    Map<String, Integer> sent = deliveries.claimAndSend(DUE, day);
    int followUps = sent.getOrDefault(INQUIRY_FOLLOW_UP, 0);
    int activities = sent.getOrDefault(ACTIVITY_DUE, 0);
    ReminderRun run = new ReminderRun(day, followUps, activities);
    audit.record("reminders.run", "reminder_run", day.toString(), null, run);
    return run;
  }
}
