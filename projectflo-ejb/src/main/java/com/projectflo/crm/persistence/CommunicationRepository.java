package com.projectflo.crm.persistence;

import com.projectflo.crm.model.CommunicationLogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the communications log; joins the caller's transaction. Reads fetch who logged
 * each entry (and its contact) in the same statement.
 */
@ApplicationScoped
public class CommunicationRepository {

  static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<CommunicationLogEntry> findById(int id) {
    return withLogger(
            em.createQuery(
                    "SELECT c FROM CommunicationLogEntry c WHERE c.id = :id",
                    CommunicationLogEntry.class)
                .setParameter("id", id))
        .getResultStream()
        .findFirst();
  }

  public CommunicationLogEntry add(CommunicationLogEntry entry) {
    em.persist(entry);
    em.flush();
    return entry;
  }

  /**
   * One page newest first, in (communication date, id) descending order, after the given key when
   * there is one. Returns up to {@code limit} rows.
   */
  public List<CommunicationLogEntry> findPage(CommunicationSearch search, int limit) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (search.contactId() != null) {
      conditions.add("c.contactId = :contact");
      parameters.put("contact", search.contactId());
    }
    if (search.inquiryId() != null) {
      conditions.add("c.inquiryId = :inquiry");
      parameters.put("inquiry", search.inquiryId());
    }
    if (search.projectId() != null) {
      conditions.add("c.projectId = :project");
      parameters.put("project", search.projectId());
    }
    if (search.assignedContributorId() != null) {
      conditions.add(
          "(c.projectId IS NULL OR c.projectId IN (SELECT a.project.id FROM ProjectAssignment a"
              + " WHERE a.contributor.id = :viewer))");
      parameters.put("viewer", search.assignedContributorId());
    }
    if (search.afterDate() != null) {
      conditions.add(
          "(c.communicationDate < :afterDate"
              + " OR (c.communicationDate = :afterDate AND c.id < :afterId))");
      parameters.put("afterDate", search.afterDate());
      parameters.put("afterId", search.afterId());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<CommunicationLogEntry> query =
        em.createQuery(
            "SELECT c FROM CommunicationLogEntry c"
                + where
                + " ORDER BY c.communicationDate DESC, c.id DESC",
            CommunicationLogEntry.class);
    parameters.forEach(query::setParameter);
    return withLogger(query).setMaxResults(limit).getResultList();
  }

  private static TypedQuery<CommunicationLogEntry> withLogger(
      TypedQuery<CommunicationLogEntry> query) {
    query.setHint(LEFT_JOIN_FETCH, "c.loggedBy");
    query.setHint(LEFT_JOIN_FETCH, "c.loggedBy.contact");
    return query;
  }

  /**
   * What to list: all filters optional; {@code assignedContributorId} leaves out entries about
   * projects that contributor is not assigned to; {@code afterDate}/{@code afterId} from a cursor.
   */
  public record CommunicationSearch(
      Integer contactId,
      Integer inquiryId,
      Integer projectId,
      Integer assignedContributorId,
      OffsetDateTime afterDate,
      Integer afterId) {}
}
