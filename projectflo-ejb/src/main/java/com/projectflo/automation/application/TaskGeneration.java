package com.projectflo.automation.application;

import java.util.List;

/**
 * What one run of task generation changed: tasks created, archived (their component left the build)
 * and reopened (their component came back), how many dependencies it added, and how many it left
 * out because the manual rule refuses them (in front of a task already started, or a cycle).
 */
public record TaskGeneration(
    List<Integer> created,
    List<Integer> archived,
    List<Integer> reopened,
    int dependenciesAdded,
    int dependenciesSkipped) {

  public TaskGeneration {
    created = List.copyOf(created);
    archived = List.copyOf(archived);
    reopened = List.copyOf(reopened);
  }
}
