package com.projectflo.identity.application;

import com.projectflo.identity.persistence.AccessRepository;
import com.projectflo.platform.application.AccessDeniedException;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Project-scoped access: a contributor acts on a project with the rights of its role there, or on
 * every project when its system role holds {@code projects.all}; a client's user reaches its own
 * client's projects only. A project the caller may not see answers 404, as if it did not exist.
 */
@RequestScoped
public class ProjectAccess {

  static final String PROJECT = "Project";

  @Inject private CurrentCaller currentCaller;

  @Inject private AccessRepository access;

  /** Fails unless the caller may perform {@code permission} on the project. */
  public Caller require(int projectId, String permission) {
    Caller caller = currentCaller.get();
    Optional<Integer> clientId = access.clientOfProject(projectId);
    if (clientId.isEmpty()) {
      throw new NoSuchResourceException(PROJECT, projectId);
    }
    if (caller.isClientUser()) {
      if (!clientId.get().equals(caller.clientId())) {
        throw new NoSuchResourceException(PROJECT, projectId);
      }
      if (!caller.holds(permission)) {
        throw new AccessDeniedException(permission);
      }
      return caller;
    }
    if (caller.seesAllProjects() && caller.holds(permission)) {
      return caller;
    }
    Set<String> granted =
        access
            .projectRolePermissions(projectId, caller.id())
            .orElseThrow(
                () ->
                    caller.seesAllProjects()
                        ? new AccessDeniedException(permission)
                        : new NoSuchResourceException(PROJECT, projectId));
    if (!granted.contains(permission)) {
      throw new AccessDeniedException(permission);
    }
    return caller;
  }
}
