package com.projectflo.crm.persistence;

import com.projectflo.crm.application.TimelineItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The timeline of a contact, an inquiry or a project in one native statement: a UNION ALL of
 * communications, activities created and completed, documents uploaded and inquiry status changes,
 * newest first by (at, kind, id), paged by that key.
 */
@ApplicationScoped
public class TimelineRepository {

  /** Whose timeline: the subject's kind decides which inquiries and projects belong to it. */
  public enum Subject {
    CONTACT,
    INQUIRY,
    PROJECT
  }

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  /**
   * Up to {@code limit} items of the subject, strictly after the key ({@code afterAt}, {@code
   * afterKind}, {@code afterId}) in newest-first order when {@code afterAt} is given (an ISO-8601
   * instant).
   */
  public List<TimelineItem> findPage(
      Subject subject, int subjectId, String afterAt, String afterKind, Long afterId, int limit) {
    String inquiries =
        switch (subject) {
          case CONTACT -> "SELECT i.id FROM inquiries i WHERE i.contact_id = ?1";
          case INQUIRY -> "SELECT CAST(?1 AS INT) AS id";
          case PROJECT -> "SELECT CAST(NULL AS INT) AS id WHERE FALSE";
        };
    String projects =
        switch (subject) {
          case CONTACT ->
              "SELECT p.id FROM projects p JOIN clients k ON k.id = p.client_id"
                  + " WHERE k.contact_id = ?1";
          case INQUIRY -> "SELECT CAST(NULL AS INT) AS id WHERE FALSE";
          case PROJECT -> "SELECT CAST(?1 AS INT) AS id";
        };
    String ownContact = subject == Subject.CONTACT ? "x.contact_id = ?1" : "FALSE";
    String about =
        "("
            + ownContact
            + " OR x.inquiry_id IN (SELECT id FROM inq) OR x.project_id IN (SELECT id FROM prj))";
    String aboutDocument =
        "(x.inquiry_id IN (SELECT id FROM inq) OR x.project_id IN (SELECT id FROM prj))";
    String sql =
        "WITH inq AS ("
            + inquiries
            + "), prj AS ("
            + projects
            + "), items AS ("
            + " SELECT 'communication' AS kind, x.communication_date AS at, CAST(x.id AS BIGINT)"
            + " AS id, COALESCE(x.type, 'Communication') || COALESCE(': ' || LEFT(x.notes, 200),"
            + " '') AS summary, x.inquiry_id, x.project_id FROM communications_log x WHERE "
            + about
            + " UNION ALL SELECT 'activity_created', x.created_at, CAST(x.id AS BIGINT),"
            + " CAST(x.activity_type AS TEXT) || ' created: ' || x.title, x.inquiry_id,"
            + " x.project_id FROM activities x WHERE "
            + about
            + " UNION ALL SELECT 'activity_completed', x.completed_at, CAST(x.id AS BIGINT),"
            + " CAST(x.activity_type AS TEXT) || ' completed: ' || x.title, x.inquiry_id,"
            + " x.project_id FROM activities x WHERE x.completed_at IS NOT NULL AND "
            + about
            + " UNION ALL SELECT 'document_uploaded', x.upload_date, CAST(x.id AS BIGINT),"
            + " 'Document uploaded: ' || COALESCE(x.file_name, 'unnamed'), x.inquiry_id,"
            + " x.project_id FROM documents x WHERE x.upload_date IS NOT NULL AND "
            + aboutDocument
            + " UNION ALL SELECT 'inquiry_status_changed', x.changed_at, x.id,"
            + " 'Inquiry ' || COALESCE(CAST(x.from_status AS TEXT) || ' → ', 'created in ')"
            + " || CAST(x.to_status AS TEXT), x.inquiry_id, NULL FROM inquiry_status_changes x"
            + " WHERE x.inquiry_id IN (SELECT id FROM inq)"
            + ") SELECT kind, at, id, summary, inquiry_id, project_id FROM items"
            + (afterAt == null
                ? ""
                : " WHERE (at, kind, id) < (CAST(?2 AS TIMESTAMPTZ), CAST(?3 AS TEXT),"
                    + " CAST(?4 AS BIGINT))")
            + " ORDER BY at DESC, kind DESC, id DESC LIMIT ?5";
    Query query = em.createNativeQuery(sql);
    query.setParameter(1, subjectId);
    if (afterAt != null) {
      query.setParameter(2, afterAt);
      query.setParameter(3, afterKind);
      query.setParameter(4, afterId);
    }
    query.setParameter(5, limit);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new TimelineItem(
                    (String) row[0],
                    toDateTime(row[1]),
                    ((Number) row[2]).longValue(),
                    (String) row[3],
                    row[4] == null ? null : ((Number) row[4]).intValue(),
                    row[5] == null ? null : ((Number) row[5]).intValue()))
        .toList();
  }

  private static OffsetDateTime toDateTime(Object value) {
    Instant instant;
    if (value instanceof Timestamp t) {
      instant = t.toInstant();
    } else if (value instanceof OffsetDateTime o) {
      instant = o.toInstant();
    } else if (value instanceof Instant i) {
      instant = i;
    } else {
      throw new IllegalStateException("Unexpected time " + value.getClass());
    }
    return instant.atOffset(ZoneOffset.UTC);
  }

  public boolean contactExists(int id) {
    return exists("SELECT COUNT(*) FROM contacts WHERE id = ?1", id);
  }

  public boolean inquiryExists(int id) {
    return exists("SELECT COUNT(*) FROM inquiries WHERE id = ?1", id);
  }

  private boolean exists(String sql, int id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue()
        > 0;
  }
}
