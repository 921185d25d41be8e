package com.projectflo.identity.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.identity.model.Permission;
import com.projectflo.identity.model.Role;
import com.projectflo.identity.persistence.RoleRepository;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Roles and the permissions they grant. A role is both a system role (contributors.role_id) and a
 * project role (project_assignments.role_id); one still held cannot be deleted.
 */
@Stateless
public class RoleService {

  static final String RESOURCE = "Role";
  private static final String ENTITY = "role";

  @Inject private RoleRepository roles;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CONTRIBUTORS_READ)
  public List<Permission> listPermissions() {
    return roles.allPermissions();
  }

  /** Every role with its permission names, in name order (two queries in all). */
  @RequiresPermission(Permissions.CONTRIBUTORS_READ)
  public List<RoleView> listRoles() {
    Map<Integer, Set<String>> grants = roles.permissionNamesByRole();
    return roles.all().stream()
        .map(role -> view(role, grants.getOrDefault(role.getId(), Set.of())))
        .toList();
  }

  @RequiresPermission(Permissions.CONTRIBUTORS_READ)
  public RoleView getRole(int id) {
    Role role = find(id);
    return view(role, permissionsOf(role));
  }

  @RequiresPermission(Permissions.ADMIN_ROLES)
  public RoleView createRole(@NotNull @Valid RoleDetails details) {
    ensureNameFree(details.name(), null);
    List<Permission> granted = resolve(details.permissions());
    Role role = new Role();
    role.setName(details.name());
    role.setDescription(details.description());
    roles.add(role);
    roles.replaceGrants(role, granted);
    audit.record("role.create", ENTITY, role.getId(), null, details);
    return view(role, details.permissions());
  }

  @RequiresPermission(Permissions.ADMIN_ROLES)
  public RoleView updateRole(int id, @NotNull @Valid RoleDetails details) {
    Role role = find(id);
    RoleDetails before = stateOf(role);
    ensureNameFree(details.name(), id);
    List<Permission> granted = resolve(details.permissions());
    role.setName(details.name());
    role.setDescription(details.description());
    roles.replaceGrants(role, granted);
    audit.record("role.update", ENTITY, id, before, details);
    return view(role, details.permissions());
  }

  @RequiresPermission(Permissions.ADMIN_ROLES)
  public void deleteRole(int id) {
    Role role = find(id);
    long holders = roles.countHolders(id);
    if (holders > 0) {
      throw new ConflictException(
          "Role "
              + role.getName()
              + " is still held by "
              + holders
              + " contributor(s) or project assignment(s); give them another role first");
    }
    RoleDetails before = stateOf(role);
    roles.remove(role);
    audit.record("role.delete", ENTITY, id, before, null);
  }

  public Role find(int id) {
    return roles.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  public Set<String> permissionsOf(Role role) {
    return roles.permissionNames(role.getId());
  }

  private static RoleView view(Role role, Set<String> permissions) {
    return new RoleView(role.getId(), role.getName(), role.getDescription(), permissions);
  }

  private RoleDetails stateOf(Role role) {
    return new RoleDetails(role.getName(), role.getDescription(), permissionsOf(role));
  }

  private List<Permission> resolve(Set<String> names) {
    Map<String, Permission> known =
        roles.allPermissions().stream()
            .collect(Collectors.toMap(Permission::getActionName, Function.identity()));
    List<FieldViolation> unknown =
        names.stream()
            .filter(name -> !known.containsKey(name))
            .map(name -> new FieldViolation("permissions", "unknown permission " + name))
            .toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown);
    }
    return names.stream().map(known::get).toList();
  }

  private void ensureNameFree(String name, Integer ownerId) {
    roles
        .findByName(name)
        .filter(existing -> !existing.getId().equals(ownerId))
        .ifPresent(
            existing -> {
              throw new ConflictException("name", "role " + existing.getId() + " is named " + name);
            });
  }
}
