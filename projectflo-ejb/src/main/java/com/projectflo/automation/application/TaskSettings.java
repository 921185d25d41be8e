package com.projectflo.automation.application;

import com.projectflo.execution.model.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scheduling settings of docs/scheduling.md: days from the wedding to delivery and to the start
 * of editing, and a working day's hours.
 */
@ApplicationScoped
public class TaskSettings {

  @Inject
  @ConfigProperty(name = "projectflo.tasks.delivery-days", defaultValue = "60")
  int deliveryDays;

  @Inject
  @ConfigProperty(name = "projectflo.tasks.edit-start-days", defaultValue = "14")
  int editStartDays;

  @Inject
  @ConfigProperty(name = "projectflo.tasks.hours-per-day", defaultValue = "8")
  BigDecimal hoursPerDay;

  /** The delivery deadline of a wedding: every deliverable is due then. */
  public LocalDate deliveryDeadline(LocalDate weddingDate) {
    return weddingDate.plusDays(deliveryDays);
  }

  /** The edit start a project gets at booking. */
  public LocalDate defaultEditStart(LocalDate weddingDate) {
    return weddingDate.plusDays(editStartDays);
  }

  /** The scheduling calendar of a project: its own edit start, else the default one. */
  public TaskSchedule.Calendar calendarOf(Project project) {
    LocalDate wedding = project.getWeddingDate();
    return new TaskSchedule.Calendar(
        deliveryDeadline(wedding),
        project.getEditStartDate() != null ? project.getEditStartDate() : defaultEditStart(wedding),
        hoursPerDay);
  }
}
