package com.projectflo.execution.rest;

import com.projectflo.execution.application.CalendarEventDetails;
import com.projectflo.execution.model.CalendarEventType;
import com.projectflo.platform.rest.InputErrors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST and PUT /api/calendar/events. */
@Schema(name = "CalendarEventRequest")
public record CalendarEventRequest(
    @Schema(description = "Whose calendar; defaults to the caller on creation, unchanged on PUT")
        Integer contributorId,
    @Schema(description = "The project it is about; required for PROJECT_ASSIGNMENT")
        Integer projectId,
    @Schema(
            required = true,
            enumeration = {"PROJECT_ASSIGNMENT", "ABSENCE", "HOLIDAY", "PERSONAL"})
        String type,
    @Schema(required = true, maxLength = 255) String title,
    String description,
    @Schema(required = true, format = "date-time", example = "2027-06-12T14:00:00+02:00")
        String startTime,
    @Schema(
            required = true,
            format = "date-time",
            description = "Exclusive; after startTime",
            example = "2027-06-12T23:00:00+02:00")
        String endTime,
    @Schema(description = "Whole days: startTime and endTime at midnight") Boolean allDay) {

  CalendarEventDetails toDetails(InputErrors errors) {
    CalendarEventType parsedType = errors.label("type", type, CalendarEventType.class);
    return new CalendarEventDetails(
        contributorId,
        projectId,
        parsedType,
        title,
        description,
        errors.dateTime("startTime", startTime),
        errors.dateTime("endTime", endTime),
        Boolean.TRUE.equals(allDay));
  }
}
