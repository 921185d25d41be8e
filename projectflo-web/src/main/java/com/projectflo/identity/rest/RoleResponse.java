package com.projectflo.identity.rest;

import com.projectflo.identity.application.RoleView;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A role with the permissions it grants. */
@Schema(name = "Role")
public record RoleResponse(int id, String name, String description, Set<String> permissions) {

  static RoleResponse of(RoleView role) {
    return new RoleResponse(role.id(), role.name(), role.description(), role.permissions());
  }
}
