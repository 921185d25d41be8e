package com.projectflo.crm.rest;

import com.projectflo.crm.application.Agenda;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's pending activities by due date: overdue, due today, and upcoming. */
@Schema(name = "Agenda")
public record AgendaResponse(
    @Schema(description = "The server's date (today)") LocalDate date,
    @Schema(description = "Last day of upcoming (today + days)") LocalDate until,
    @Schema(description = "Due before today") List<ActivityResponse> overdue,
    @Schema(description = "Due today") List<ActivityResponse> today,
    @Schema(description = "Due after today, up to until") List<ActivityResponse> upcoming) {

  static AgendaResponse of(Agenda agenda) {
    return new AgendaResponse(
        agenda.today(),
        agenda.until(),
        agenda.overdue().stream().map(ActivityResponse::of).toList(),
        agenda.dueToday().stream().map(ActivityResponse::of).toList(),
        agenda.upcoming().stream().map(ActivityResponse::of).toList());
  }
}
