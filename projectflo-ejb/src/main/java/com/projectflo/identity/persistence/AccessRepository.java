package com.projectflo.identity.persistence;

import com.projectflo.identity.model.ClientUser;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.model.ProjectAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The reads access decisions need: who a subject is, what its roles grant, which projects. */
@ApplicationScoped
public class AccessRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<Contributor> findContributorByEmail(String email) {
    return em.createNamedQuery(Contributor.FIND_BY_EMAIL, Contributor.class)
        .setParameter("email", email.strip())
        .getResultStream()
        .findFirst();
  }

  public Optional<ClientUser> findClientUserByEmail(String email) {
    return em.createNamedQuery(ClientUser.FIND_BY_EMAIL, ClientUser.class)
        .setParameter("email", email.strip())
        .getResultStream()
        .findFirst();
  }

  public Optional<ClientUser> findClientUser(int id) {
    return Optional.ofNullable(em.find(ClientUser.class, id));
  }

  public Set<String> permissionsOfRole(Integer roleId) {
    if (roleId == null) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "SELECT p.actionName FROM RolePermission rp JOIN rp.permission p"
                    + " WHERE rp.role.id = :roleId",
                String.class)
            .setParameter("roleId", roleId)
            .getResultList());
  }

  public List<ProjectAssignment> assignmentsOf(int contributorId) {
    return em.createQuery(
            "SELECT a FROM ProjectAssignment a JOIN FETCH a.role JOIN FETCH a.project"
                + " WHERE a.contributor.id = :contributor ORDER BY a.project.id",
            ProjectAssignment.class)
        .setParameter("contributor", contributorId)
        .getResultList();
  }

  /** The projects on which the contributor's project role grants the permission, in one query. */
  public List<Integer> projectsGranting(int contributorId, String permission) {
    return em.createQuery(
            "SELECT a.project.id FROM ProjectAssignment a, RolePermission rp"
                + " WHERE a.contributor.id = :contributor AND rp.role = a.role"
                + " AND rp.permission.actionName = :permission ORDER BY a.project.id",
            Integer.class)
        .setParameter("contributor", contributorId)
        .setParameter("permission", permission)
        .getResultList();
  }

  /** The client a project belongs to, when the project exists. */
  public Optional<Integer> clientOfProject(int projectId) {
    return em.createQuery("SELECT p.client.id FROM Project p WHERE p.id = :id", Integer.class)
        .setParameter("id", projectId)
        .getResultStream()
        .findFirst();
  }

  /** What the contributor's role on the project grants; empty when it is not assigned. */
  public Optional<Set<String>> projectRolePermissions(int projectId, int contributorId) {
    return em.createQuery(
            "SELECT a.role.id FROM ProjectAssignment a"
                + " WHERE a.project.id = :project AND a.contributor.id = :contributor",
            Integer.class)
        .setParameter("project", projectId)
        .setParameter("contributor", contributorId)
        .getResultStream()
        .findFirst()
        .map(this::permissionsOfRole);
  }
}
