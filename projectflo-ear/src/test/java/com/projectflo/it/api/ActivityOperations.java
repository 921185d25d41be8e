package com.projectflo.it.api;

import java.util.List;

/**
 * The catalogue entries (see {@link Operations}) of activities, communications, the timeline and
 * reminders.
 */
final class ActivityOperations {

  static void addTo(List<Operations.Operation> ops, Fixtures fx) {}

  private ActivityOperations() {}
}
