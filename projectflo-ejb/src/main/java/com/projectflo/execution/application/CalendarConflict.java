package com.projectflo.execution.application;

import com.projectflo.execution.model.CalendarEvent;

/**
 * Two events of one contributor that overlap. {@code DOUBLE_BOOKING}: both put the contributor on a
 * project (two weddings at once); {@code OVERLAP}: any other pair, e.g. an absence on a wedding
 * day.
 */
public record CalendarConflict(Kind kind, CalendarEvent first, CalendarEvent second) {

  public enum Kind {
    DOUBLE_BOOKING("double-booking"),
    OVERLAP("overlap");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
