package com.projectflo.identity.persistence;

import com.projectflo.execution.model.Project;
import com.projectflo.identity.model.ProjectAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Project assignments with their contributor, contact and role; joins the caller's tx. */
@ApplicationScoped
public class ProjectAssignmentRepository {

  private static final String WITH_DETAILS =
      "SELECT a FROM ProjectAssignment a JOIN FETCH a.contributor c JOIN FETCH c.contact"
          + " JOIN FETCH a.role JOIN FETCH a.project";

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public List<ProjectAssignment> findByProject(int projectId) {
    return em.createQuery(
            WITH_DETAILS + " WHERE a.project.id = :project ORDER BY a.id", ProjectAssignment.class)
        .setParameter("project", projectId)
        .getResultList();
  }

  public Optional<ProjectAssignment> find(int projectId, int contributorId) {
    return em.createQuery(
            WITH_DETAILS + " WHERE a.project.id = :project AND a.contributor.id = :contributor",
            ProjectAssignment.class)
        .setParameter("project", projectId)
        .setParameter("contributor", contributorId)
        .getResultStream()
        .findFirst();
  }

  public Project projectReference(int projectId) {
    return em.find(Project.class, projectId);
  }

  public void save(ProjectAssignment assignment) {
    if (assignment.getId() == null) {
      em.persist(assignment);
    }
    em.flush();
  }

  public void remove(ProjectAssignment assignment) {
    em.remove(assignment);
    em.flush();
  }
}
