package com.projectflo.crm.application;

import com.projectflo.crm.model.Activity;
import java.time.LocalDate;
import java.util.List;

/**
 * A contributor's pending activities: due before {@code today}, on it, and in the following days up
 * to {@code until}; each list by due date, then id.
 */
public record Agenda(
    LocalDate today,
    LocalDate until,
    List<Activity> overdue,
    List<Activity> dueToday,
    List<Activity> upcoming) {

  public Agenda {
    overdue = List.copyOf(overdue);
    dueToday = List.copyOf(dueToday);
    upcoming = List.copyOf(upcoming);
  }
}
