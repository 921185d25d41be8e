package com.projectflo.execution.persistence;

import com.projectflo.execution.model.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Projects, filtered to what a caller may see; joins the caller's transaction. */
@ApplicationScoped
public class ProjectRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<Project> findById(int id) {
    return Optional.ofNullable(em.find(Project.class, id));
  }

  public void flush() {
    em.flush();
  }

  /**
   * Takes the row lock of the project's build (SELECT ... FOR UPDATE), the lock booking and
   * change-order approval hold while they generate tasks: task generation of one project runs one
   * at a time. Does nothing for a project without a build.
   */
  public void lockBuildOf(int projectId) {
    em.createNativeQuery("SELECT id FROM builds WHERE project_id = ?1 FOR UPDATE")
        .setParameter(1, projectId)
        .getResultList();
  }

  /**
   * A page in id order of the projects visible: all ({@code clientId} and {@code contributorId}
   * null), one client's, or those where the contributor's project role grants {@code permission}.
   */
  public List<Project> findPage(
      Integer clientId, Integer contributorId, String permission, Integer afterId, int limit) {
    StringBuilder jpql =
        new StringBuilder("SELECT p FROM Project p JOIN FETCH p.client WHERE 1 = 1");
    if (clientId != null) {
      jpql.append(" AND p.client.id = :client");
    }
    if (contributorId != null) {
      jpql.append(
          " AND EXISTS (SELECT a FROM ProjectAssignment a, RolePermission rp"
              + " WHERE a.project = p AND a.contributor.id = :contributor AND rp.role = a.role"
              + " AND rp.permission.actionName = :permission)");
    }
    if (afterId != null) {
      jpql.append(" AND p.id > :afterId");
    }
    jpql.append(" ORDER BY p.id");
    TypedQuery<Project> query = em.createQuery(jpql.toString(), Project.class);
    if (clientId != null) {
      query.setParameter("client", clientId);
    }
    if (contributorId != null) {
      query.setParameter("contributor", contributorId).setParameter("permission", permission);
    }
    if (afterId != null) {
      query.setParameter("afterId", afterId);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
