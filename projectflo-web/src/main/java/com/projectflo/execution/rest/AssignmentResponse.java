package com.projectflo.execution.rest;

import com.projectflo.identity.model.ProjectAssignment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contributor on a project, with its project role. */
@Schema(name = "Assignment")
public record AssignmentResponse(
    int id, int projectId, int contributorId, String contributorEmail, int roleId, String role) {

  static AssignmentResponse of(ProjectAssignment a) {
    return new AssignmentResponse(
        a.getId(),
        a.getProject().getId(),
        a.getContributor().getId(),
        a.getContributor().getContact().getEmail(),
        a.getRole().getId(),
        a.getRole().getName());
  }
}
