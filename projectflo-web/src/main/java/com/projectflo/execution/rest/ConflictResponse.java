package com.projectflo.execution.rest;

import com.projectflo.execution.application.CalendarConflict;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The conflicts of a contributor's calendar over a range of days. */
@Schema(name = "CalendarConflicts")
public record ConflictResponse(
    int contributorId, LocalDate from, LocalDate to, List<Conflict> conflicts) {

  /** Two overlapping events. */
  @Schema(name = "CalendarConflict")
  public record Conflict(
      @Schema(enumeration = {"double-booking", "overlap"}) String kind,
      CalendarEventResponse first,
      CalendarEventResponse second) {}

  static ConflictResponse of(
      int contributorId, LocalDate from, LocalDate to, List<CalendarConflict> conflicts) {
    return new ConflictResponse(
        contributorId,
        from,
        to,
        conflicts.stream()
            .map(
                conflict ->
                    new Conflict(
                        conflict.kind().label(),
                        CalendarEventResponse.of(conflict.first()),
                        CalendarEventResponse.of(conflict.second())))
            .toList());
  }
}
