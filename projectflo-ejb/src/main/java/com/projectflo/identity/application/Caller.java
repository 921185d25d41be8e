package com.projectflo.identity.application;

import java.util.Set;

/**
 * Who is calling, resolved on the server from the token subject: a contributor with the permissions
 * of its system role, a client's portal user, or the system itself (jobs, timers).
 */
public record Caller(Kind kind, int id, Integer clientId, String name, Set<String> permissions) {

  public enum Kind {
    CONTRIBUTOR,
    CLIENT_USER,
    SYSTEM
  }

  public static final Caller SYSTEM = new Caller(Kind.SYSTEM, 0, null, "system", Set.of());

  public Caller {
    permissions = Set.copyOf(permissions);
  }

  public boolean isContributor() {
    return kind == Kind.CONTRIBUTOR;
  }

  public boolean isClientUser() {
    return kind == Kind.CLIENT_USER;
  }

  public boolean isSystem() {
    return kind == Kind.SYSTEM;
  }

  /** System-wide permission: the system may do anything, a client user what portal users may. */
  public boolean holds(String permission) {
    return isSystem() || permissions.contains(permission);
  }

  /** Whether this caller acts on every project without being assigned to it. */
  public boolean seesAllProjects() {
    return isSystem() || (isContributor() && permissions.contains(Permissions.PROJECTS_ALL));
  }

  /** The subject of this caller's access tokens. */
  public String subject() {
    return switch (kind) {
      case CONTRIBUTOR -> Subjects.contributor(id);
      case CLIENT_USER -> Subjects.clientUser(id);
      case SYSTEM -> Subjects.SYSTEM;
    };
  }
}
