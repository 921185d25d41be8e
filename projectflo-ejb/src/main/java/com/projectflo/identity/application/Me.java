package com.projectflo.identity.application;

import java.util.List;
import java.util.Set;

/**
 * Who the caller is and what it may do: its system role and permissions, and per project the role
 * it holds there with what that role grants.
 */
public record Me(
    String kind,
    int id,
    String email,
    String systemRole,
    Integer clientId,
    Set<String> permissions,
    boolean allProjects,
    List<ProjectRole> projects) {

  /** The role a contributor holds on one project. */
  public record ProjectRole(int projectId, String role, Set<String> permissions) {}
}
