package com.projectflo.execution.rest;

import com.projectflo.execution.model.Project;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the API shows it. */
@Schema(name = "Project")
public record ProjectResponse(
    int id,
    int clientId,
    String projectName,
    LocalDate weddingDate,
    LocalDate bookingDate,
    LocalDate editStartDate,
    String phase,
    OffsetDateTime archivedAt,
    long version) {

  static ProjectResponse of(Project p) {
    return new ProjectResponse(
        p.getId(),
        p.getClient().getId(),
        p.getProjectName(),
        p.getWeddingDate(),
        p.getBookingDate(),
        p.getEditStartDate(),
        p.getPhase(),
        p.getArchivedAt(),
        p.getVersion());
  }
}
