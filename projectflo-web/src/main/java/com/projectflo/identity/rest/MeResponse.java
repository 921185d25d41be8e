package com.projectflo.identity.rest;

import com.projectflo.identity.application.Me;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GET /api/me: who the caller is and what it may do. */
@Schema(name = "Me")
public record MeResponse(
    @Schema(enumeration = {"contributor", "client-user"}) String kind,
    int id,
    String email,
    @Schema(description = "System-wide role of a contributor; absent when none") String systemRole,
    @Schema(description = "The client of a portal user") Integer clientId,
    @Schema(description = "System-wide permissions") Set<String> permissions,
    @Schema(description = "Whether the caller acts on every project") boolean allProjects,
    @Schema(description = "Project roles of a contributor") List<ProjectRole> projects) {

  /** The role held on one project and what it grants there. */
  @Schema(name = "ProjectRole")
  public record ProjectRole(int projectId, String role, Set<String> permissions) {}

  static MeResponse of(Me me) {
    return new MeResponse(
        me.kind(),
        me.id(),
        me.email(),
        me.systemRole(),
        me.clientId(),
        me.permissions(),
        me.allProjects(),
        me.projects().stream()
            .map(p -> new ProjectRole(p.projectId(), p.role(), p.permissions()))
            .toList());
  }
}
