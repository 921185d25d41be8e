package com.projectflo.execution.rest;

import com.projectflo.execution.model.CalendarEvent;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A calendar event; {@code version} is also the ETag. */
@Schema(name = "CalendarEvent")
public record CalendarEventResponse(
    int id,
    CrewMember contributor,
    Integer projectId,
    @Schema(enumeration = {"PROJECT_ASSIGNMENT", "ABSENCE", "HOLIDAY", "EXTERNAL_SYNC", "PERSONAL"})
        String type,
    String title,
    String description,
    OffsetDateTime startTime,
    OffsetDateTime endTime,
    boolean allDay,
    long version) {

  static CalendarEventResponse of(CalendarEvent event) {
    return new CalendarEventResponse(
        event.getId(),
        CrewMember.of(event.getContributor()),
        event.getProject() == null ? null : event.getProject().getId(),
        event.getEventType().label(),
        event.getTitle(),
        event.getDescription(),
        event.getStartTime(),
        event.getEndTime(),
        event.isAllDay(),
        event.getVersion());
  }
}
