package com.projectflo.ledger.persistence;

import com.projectflo.automation.model.DeliverableDefaultComponent;
import com.projectflo.automation.model.EditingStyleRequirement;
import com.projectflo.ledger.model.Build;
import com.projectflo.ledger.model.BuildStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds with their lines, and the catalog rules that price them. */
@ApplicationScoped
public class BuildRepository {

  static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";

  private static final String[] BUILD_GRAPH = {
    "b.coverageAssignments",
    "b.coverageAssignments.coverageScene",
    "b.coverageAssignments.operatorType",
    "b.deliverables",
    "b.deliverables.deliverable",
    "b.deliverables.components",
    "b.deliverables.components.coverageScene",
    "b.deliverables.components.editingStyle",
    "b.billableItems",
    "b.billableItems.billableItem",
    "b.billableItems.addedForEditingStyle",
  };

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  /** The build alone (its lines load when touched): enough to decide who may see it. */
  public Optional<Build> findById(int id) {
    return Optional.ofNullable(em.find(Build.class, id));
  }

  /** The build with every line and the catalog rows they name, in one round of queries. */
  public Optional<Build> findWithLines(int id) {
    TypedQuery<Build> query =
        em.createNamedQuery(Build.FIND_BY_ID, Build.class).setParameter("id", id);
    for (String path : BUILD_GRAPH) {
      query.setHint(LEFT_JOIN_FETCH, path);
    }
    return query.getResultStream().findFirst();
  }

  public Optional<Build> findByInquiry(int inquiryId) {
    return em.createNamedQuery(Build.FIND_BY_INQUIRY, Build.class)
        .setParameter("inquiry", inquiryId)
        .getResultStream()
        .findFirst();
  }

  /** One page of builds, newest first, after {@code afterId} when set. */
  public List<Build> findPage(BuildSearch search, int limit) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (search.status() != null) {
      conditions.add("b.status = :status");
      parameters.put("status", search.status());
    }
    if (search.inquiryId() != null) {
      conditions.add("b.inquiry.id = :inquiry");
      parameters.put("inquiry", search.inquiryId());
    }
    if (search.clientId() != null) {
      conditions.add("b.client.id = :client");
      parameters.put("client", search.clientId());
    }
    if (search.projectIds() != null) {
      conditions.add("b.project.id IN :projects");
      parameters.put("projects", search.projectIds());
    }
    if (search.afterId() != null) {
      conditions.add("b.id < :after");
      parameters.put("after", search.afterId());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<Build> query =
        em.createQuery("SELECT b FROM Build b" + where + " ORDER BY b.id DESC", Build.class)
            .setHint(LEFT_JOIN_FETCH, "b.inquiry")
            .setHint(LEFT_JOIN_FETCH, "b.client")
            .setHint(LEFT_JOIN_FETCH, "b.project")
            .setMaxResults(limit);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  public List<DeliverableDefaultComponent> defaultComponents(int deliverableId) {
    return em.createQuery(
            "SELECT d FROM DeliverableDefaultComponent d LEFT JOIN FETCH d.coverageScene"
                + " JOIN FETCH d.defaultEditingStyle WHERE d.deliverable.id = :deliverable"
                + " ORDER BY d.id",
            DeliverableDefaultComponent.class)
        .setParameter("deliverable", deliverableId)
        .getResultList();
  }

  /** The billable items the given editing styles require. */
  public List<EditingStyleRequirement> requirementsOf(Collection<Integer> styleIds) {
    if (styleIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT r FROM EditingStyleRequirement r JOIN FETCH r.billableItem"
                + " JOIN FETCH r.editingStyle WHERE r.editingStyle.id IN :styles ORDER BY r.id",
            EditingStyleRequirement.class)
        .setParameter("styles", styleIds)
        .getResultList();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Locks the build's row for the rest of the transaction (SELECT ... FOR UPDATE) before anything
   * else of it is read, so that the lines read next are the latest and no other change can
   * interleave: concurrent changes of one build are serialized, never lost.
   */
  public Optional<Build> lockRow(int id) {
    return Optional.ofNullable(em.find(Build.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * Moves the version (the ETag) now, even when only lines change. (Not OPTIMISTIC_FORCE_INCREMENT:
   * with it EclipseLink dropped the increment of a build whose own columns changed too.)
   */
  public void bumpVersion(Build build) {
    em.lock(build, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
  }

  /** Filters of a build list; {@code projectIds} null means any project (or none). */
  public record BuildSearch(
      BuildStatus status,
      Integer inquiryId,
      Integer clientId,
      Collection<Integer> projectIds,
      Integer afterId) {}
}
