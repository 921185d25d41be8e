package com.projectflo.execution.application;

import com.projectflo.execution.model.CalendarEvent;
import com.projectflo.execution.model.CalendarEventType;
import com.projectflo.execution.model.Project;
import com.projectflo.execution.persistence.CalendarEventRepository;
import com.projectflo.execution.persistence.ProjectRepository;
import com.projectflo.identity.application.ContributorAssigned;
import com.projectflo.identity.application.ContributorUnassigned;
import com.projectflo.identity.persistence.ContributorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Keeps the wedding day on the calendar of whoever works on a project: putting a contributor on a
 * project adds an all-day PROJECT_ASSIGNMENT event on the project's wedding date, taking it off
 * removes it. Runs inside the assigning transaction (synchronous observer) and writes no audit row:
 * the assignment's own row covers it.
 */
@ApplicationScoped
public class CrewCalendar {

  @Inject private CalendarEventRepository events;

  @Inject private ProjectRepository projects;

  @Inject private ContributorRepository contributors;

  @Inject private CrewSettings settings;

  void onAssigned(@Observes ContributorAssigned assigned) {
    if (!events
        .findByProjectAndContributor(
            assigned.projectId(), assigned.contributorId(), CalendarEventType.PROJECT_ASSIGNMENT)
        .isEmpty()) {
      return;
    }
    Project project = projects.findById(assigned.projectId()).orElse(null);
    var contributor = contributors.findById(assigned.contributorId()).orElse(null);
    if (project == null || contributor == null) {
      return;
    }
    ZoneId zone = settings.zone();
    LocalDate day = project.getWeddingDate();
    CalendarEvent event = new CalendarEvent();
    event.setContributor(contributor);
    event.setProject(project);
    event.setEventType(CalendarEventType.PROJECT_ASSIGNMENT);
    event.setTitle(
        "Wedding: "
            + (project.getProjectName() == null
                ? "project #" + project.getId()
                : project.getProjectName()));
    event.setAllDay(true);
    event.setStartTime(day.atStartOfDay(zone).toOffsetDateTime());
    event.setEndTime(day.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    events.add(event);
  }

  void onUnassigned(@Observes ContributorUnassigned unassigned) {
    events
        .findByProjectAndContributor(
            unassigned.projectId(),
            unassigned.contributorId(),
            CalendarEventType.PROJECT_ASSIGNMENT)
        .forEach(events::remove);
  }
}
