package com.projectflo.identity.application;

import com.projectflo.identity.model.ProjectAssignment;
import com.projectflo.identity.persistence.AccessRepository;
import com.projectflo.identity.persistence.ContributorRepository;
import com.projectflo.identity.persistence.RoleRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** "Who am I": the signed-in caller with its effective permissions. */
@Stateless
public class MeService {

  @Inject private CurrentCaller currentCaller;

  @Inject private AccessRepository access;

  @Inject private ContributorRepository contributors;

  @Inject private RoleRepository roles;

  @RequiresPermission(clientUsers = true)
  public Me whoAmI() {
    Caller caller = currentCaller.get();
    if (caller.isClientUser()) {
      return new Me(
          "client-user",
          caller.id(),
          caller.name(),
          null,
          caller.clientId(),
          new TreeSet<>(caller.permissions()),
          false,
          List.of());
    }
    String systemRole =
        contributors
            .findById(caller.id())
            .map(c -> c.getRole() == null ? null : c.getRole().getName())
            .orElse(null);
    Map<Integer, Set<String>> grants = roles.permissionNamesByRole();
    List<Me.ProjectRole> projects =
        access.assignmentsOf(caller.id()).stream()
            .map(
                (ProjectAssignment a) ->
                    new Me.ProjectRole(
                        a.getProject().getId(),
                        a.getRole().getName(),
                        grants.getOrDefault(a.getRole().getId(), Set.of())))
            .toList();
    return new Me(
        "contributor",
        caller.id(),
        caller.name(),
        systemRole,
        null,
        new TreeSet<>(caller.permissions()),
        caller.seesAllProjects(),
        projects);
  }
}
