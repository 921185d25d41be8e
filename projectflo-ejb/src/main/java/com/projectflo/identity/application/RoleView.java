package com.projectflo.identity.application;

import java.util.Set;

/** A role with the names of the permissions it grants. */
public record RoleView(int id, String name, String description, Set<String> permissions) {}
