package com.projectflo.audit.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends reminders in one statement: the caller's query says who is due a reminder of what on a day;
 * each (day, kind, subject, recipient) is claimed in {@code reminder_deliveries} (the unique key
 * lets in only what no earlier run sent, from this server or another) and its notification is
 * inserted with the id the claim reserved. Nothing is read or written row by row.
 */
@Stateless
public class ReminderDeliveries {

  /**
   * Wraps the caller's query (columns {@code kind, subject_id, recipient, message, link, tally};
   * its only parameter {@code ?1} is the day). The delivery row references its notification, whose
   * id is taken from the notifications' sequence first: the foreign key is checked at the end of
   * the statement, when both rows exist.
   */
  private static final String CLAIM_AND_SEND =
      """
      WITH due AS (%s),
      claimed AS (
        INSERT INTO reminder_deliveries
               (reminder_date, kind, subject_id, recipient_contributor_id, notification_id)
        SELECT ?1, kind, subject_id, recipient,
               nextval(pg_get_serial_sequence('notifications', 'id'))
          FROM due
        ON CONFLICT (reminder_date, kind, subject_id, recipient_contributor_id) DO NOTHING
        RETURNING kind, subject_id, recipient_contributor_id, notification_id
      ),
      sent AS (
        SELECT claimed.notification_id, claimed.recipient_contributor_id, due.message, due.link,
               due.tally
          FROM claimed
          JOIN due ON due.kind = claimed.kind AND due.subject_id = claimed.subject_id
                  AND due.recipient = claimed.recipient_contributor_id
      ),
      notified AS (
        INSERT INTO notifications (id, recipient_contributor_id, message, link_url)
        SELECT notification_id, recipient_contributor_id, message, link FROM sent
        RETURNING id
      )
      SELECT tally, COUNT(*) FROM sent GROUP BY tally
      """;

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  /**
   * Sends what {@code dueQuery} finds for {@code day} and was not sent yet; answers how many
   * reminders of each {@code tally} went out.
   */
  public Map<String, Integer> claimAndSend(String dueQuery, LocalDate day) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(CLAIM_AND_SEND.formatted(dueQuery))
            .setParameter(1, day)
            .getResultList();
    Map<String, Integer> sent = new HashMap<>();
    for (Object[] row : rows) {
      sent.put((String) row[0], ((Number) row[1]).intValue());
    }
    return sent;
  }
}
