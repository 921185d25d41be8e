package com.projectflo.identity.persistence;

import com.projectflo.identity.model.Permission;
import com.projectflo.identity.model.Role;
import com.projectflo.identity.model.RolePermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Roles, permissions and the grants between them; joins the caller's transaction. */
@ApplicationScoped
public class RoleRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<Role> findById(int id) {
    return Optional.ofNullable(em.find(Role.class, id));
  }

  public Optional<Role> findByName(String name) {
    return em.createNamedQuery(Role.FIND_BY_NAME, Role.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  public List<Role> all() {
    return em.createQuery("SELECT r FROM Role r ORDER BY r.name", Role.class).getResultList();
  }

  public List<Permission> allPermissions() {
    return em.createQuery("SELECT p FROM Permission p ORDER BY p.actionName", Permission.class)
        .getResultList();
  }

  public Set<String> permissionNames(int roleId) {
    return new TreeSet<>(
        em.createQuery(
                "SELECT p.actionName FROM RolePermission rp JOIN rp.permission p"
                    + " WHERE rp.role.id = :role",
                String.class)
            .setParameter("role", roleId)
            .getResultList());
  }

  public Map<Integer, Set<String>> permissionNamesByRole() {
    Map<Integer, Set<String>> grants = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT rp.role.id, p.actionName FROM RolePermission rp JOIN rp.permission p",
                Object[].class)
            .getResultList()) {
      grants.computeIfAbsent((Integer) row[0], id -> new TreeSet<>()).add((String) row[1]);
    }
    return grants;
  }

  /** Contributors holding it as system role plus project assignments using it. */
  public long countHolders(int roleId) {
    long contributors =
        em.createQuery("SELECT COUNT(c) FROM Contributor c WHERE c.role.id = :role", Long.class)
            .setParameter("role", roleId)
            .getSingleResult();
    long assignments =
        em.createQuery(
                "SELECT COUNT(a) FROM ProjectAssignment a WHERE a.role.id = :role", Long.class)
            .setParameter("role", roleId)
            .getSingleResult();
    return contributors + assignments;
  }

  public void add(Role role) {
    em.persist(role);
    em.flush();
  }

  public void remove(Role role) {
    em.remove(role);
    em.flush();
  }

  /** Makes {@code granted} exactly the role's permissions. */
  public void replaceGrants(Role role, List<Permission> granted) {
    em.createQuery("DELETE FROM RolePermission rp WHERE rp.role = :role")
        .setParameter("role", role)
        .executeUpdate();
    for (Permission permission : granted) {
      RolePermission grant = new RolePermission();
      grant.setRole(role);
      grant.setPermission(permission);
      em.persist(grant);
    }
    em.flush();
  }
}
