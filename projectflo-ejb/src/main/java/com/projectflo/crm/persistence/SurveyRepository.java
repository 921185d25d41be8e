package com.projectflo.crm.persistence;

import com.projectflo.crm.model.ClientFeedbackSurvey;
import com.projectflo.execution.model.Project;
import com.projectflo.identity.model.Contributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@link ClientFeedbackSurvey} rows; joins the caller's transaction. */
@ApplicationScoped
public class SurveyRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<ClientFeedbackSurvey> findById(int id) {
    return Optional.ofNullable(em.find(ClientFeedbackSurvey.class, id));
  }

  /** The project's survey still awaiting an answer, if there is one. */
  public Optional<Integer> findPendingOfProject(int projectId) {
    return em.createNamedQuery(ClientFeedbackSurvey.PENDING_OF_PROJECT, Integer.class)
        .setParameter("project", projectId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Project project(int id) {
    return em.find(Project.class, id);
  }

  public Contributor contributor(int id) {
    return em.getReference(Contributor.class, id);
  }

  public ClientFeedbackSurvey add(ClientFeedbackSurvey survey) {
    em.persist(survey);
    em.flush();
    return survey;
  }

  public void flush() {
    em.flush();
  }

  /**
   * Up to {@code limit} surveys, newest (highest id) first, below {@code beforeId} (null: from the
   * newest). Filters are optional: one project, one client's projects, answered or not.
   */
  public List<ClientFeedbackSurvey> findPage(
      Integer projectId, Integer clientId, Boolean pending, Integer beforeId, int limit) {
    StringBuilder jpql =
        new StringBuilder("SELECT s FROM ClientFeedbackSurvey s WHERE s.id < :before");
    if (projectId != null) {
      jpql.append(" AND s.projectId = :project");
    }
    if (clientId != null) {
      jpql.append(" AND s.project.client.id = :client");
    }
    if (pending != null) {
      jpql.append(pending ? " AND s.responseDate IS NULL" : " AND s.responseDate IS NOT NULL");
    }
    jpql.append(" ORDER BY s.id DESC");
    TypedQuery<ClientFeedbackSurvey> query =
        em.createQuery(jpql.toString(), ClientFeedbackSurvey.class)
            .setParameter("before", beforeId == null ? Integer.MAX_VALUE : beforeId);
    if (projectId != null) {
      query.setParameter("project", projectId);
    }
    if (clientId != null) {
      query.setParameter("client", clientId);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
