package com.projectflo.execution.application;

import com.projectflo.execution.model.CalendarEvent;
import com.projectflo.execution.model.Task;
import java.util.List;

/**
 * An assigned task and the assignee's calendar events on its due date (conflicts to warn about),
 * and whether the assignee had to be put on the project.
 */
public record TaskAssignment(Task task, List<CalendarEvent> conflicts, boolean placedOnProject) {}
