package com.projectflo.identity.rest;

import com.projectflo.identity.application.RoleService;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/permissions}: the permissions roles can grant. */
@Path("/permissions")
@RequestScoped
@Tag(name = "Team")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class PermissionResource {

  @Inject private RoleService roles;

  @GET
  @Operation(summary = "List every permission")
  @APIResponse(responseCode = "200", description = "By name")
  public List<PermissionResponse> list() {
    return roles.listPermissions().stream()
        .map(p -> new PermissionResponse(p.getActionName(), p.getDescription()))
        .toList();
  }

  /** A permission: its {@code domain.action} name and what it allows. */
  @Schema(name = "Permission")
  public record PermissionResponse(String name, String description) {}
}
