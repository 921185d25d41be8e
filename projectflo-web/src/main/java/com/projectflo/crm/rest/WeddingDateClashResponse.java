package com.projectflo.crm.rest;

import com.projectflo.crm.application.WeddingDateClash;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project already booked on an inquiry's wedding date. */
@Schema(name = "WeddingDateClash")
public record WeddingDateClashResponse(
    int projectId,
    String projectName,
    LocalDate weddingDate,
    int clientId,
    @Schema(description = "The client's contact name") String clientName) {

  static WeddingDateClashResponse of(WeddingDateClash clash) {
    return new WeddingDateClashResponse(
        clash.projectId(),
        clash.projectName(),
        clash.weddingDate(),
        clash.clientId(),
        PartySummary.name(clash.clientFirstName(), clash.clientLastName()));
  }
}
