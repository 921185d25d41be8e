package com.projectflo.identity.rest;

import com.projectflo.identity.application.RoleDetails;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/roles and PUT /api/roles/{id}. */
@Schema(name = "RoleRequest")
public record RoleRequest(
    @Schema(required = true, maxLength = 255) String name,
    String description,
    @Schema(required = true, description = "Permission names, e.g. contacts.read")
        Set<String> permissions) {

  RoleDetails toDetails() {
    return new RoleDetails(name, description, permissions);
  }
}
