package com.projectflo.billing.application;

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
 * Payment reminders of unpaid invoices (the invoicing job's last step, docs/batch.md): 7 days
 * before the due date, on it, and 2 days after. They go to the owner of the project's inquiry, or
 * to every active contributor whose role may issue invoices when the inquiry has no active owner.
 * Each (day, invoice, recipient) is claimed in {@code reminder_deliveries} first, so a second run
 * for the same day sends nothing, and an invoice reminds a recipient at most once a day.
 */
@Stateless
public class PaymentReminderService {

  static final String DUE_SOON = "due_soon";
  static final String DUE_TODAY = "due_today";
  static final String OVERDUE = "overdue";

  /** Who is due which payment reminder on day {@code ?1} (see {@link ReminderDeliveries}). */
  private static final String DUE =
      """
      SELECT 'invoice_payment' AS kind, i.id AS subject_id, r.contributor_id AS recipient,
             CASE WHEN i.due_date > CAST(?1 AS date) THEN 'Payment due in 7 days: '
                  WHEN i.due_date = CAST(?1 AS date) THEN 'Payment due today: '
                  ELSE 'Payment 2 days overdue: ' END
               || 'invoice ' || i.invoice_number || ' of '
               || coalesce(nullif(trim(coalesce(c.first_name, '') || ' '
                                       || coalesce(c.last_name, '')), ''), p.project_name)
               || ', ' || to_char(i.total_amount - coalesce(i.amount_paid, 0), 'FM999999990.00')
               || ' outstanding, due ' || to_char(i.due_date, 'YYYY-MM-DD') AS message,
             '/api/invoices/' || i.id AS link,
             CASE WHEN i.due_date > CAST(?1 AS date) THEN 'due_soon'
                  WHEN i.due_date = CAST(?1 AS date) THEN 'due_today'
                  ELSE 'overdue' END AS tally
        FROM invoices i
        JOIN projects p ON p.id = i.project_id
        LEFT JOIN clients cl ON cl.id = p.client_id
        LEFT JOIN contacts c ON c.id = cl.contact_id
        LEFT JOIN builds b ON b.project_id = p.id
        LEFT JOIN inquiries q ON q.id = b.inquiry_id
        LEFT JOIN contributors owner
               ON owner.id = q.owner_contributor_id AND owner.archived_at IS NULL
        CROSS JOIN LATERAL (
          SELECT owner.id AS contributor_id WHERE owner.id IS NOT NULL
          UNION ALL
          SELECT w.id FROM contributors w
            JOIN role_permissions rp ON rp.role_id = w.role_id
            JOIN permissions pm ON pm.id = rp.permission_id AND pm.action_name = 'invoices.write'
           WHERE owner.id IS NULL AND w.archived_at IS NULL
        ) r
       WHERE i.status IN ('Issued', 'Partially Paid', 'Overdue')
         AND i.total_amount > coalesce(i.amount_paid, 0)
         AND i.due_date IN (CAST(?1 AS date) + 7, CAST(?1 AS date), CAST(?1 AS date) - 2)
      """;

  @Inject private ReminderDeliveries deliveries;

  @Inject private AuditTrail audit;

  /** Sends the payment reminders of {@code day} that no earlier run sent. */
  @RequiresPermission(Permissions.INVOICES_WRITE)
  public PaymentReminderRun sendPaymentReminders(@NotNull LocalDate day) {
    Map<String, Integer> sent = deliveries.claimAndSend(DUE, day);
    PaymentReminderRun run =
        new PaymentReminderRun(
            day,
            sent.getOrDefault(DUE_SOON, 0),
            sent.getOrDefault(DUE_TODAY, 0),
            sent.getOrDefault(OVERDUE, 0));
    audit.record("invoice.send_reminders", "payment_reminder_run", day.toString(), null, run);
    return run;
  }
}
