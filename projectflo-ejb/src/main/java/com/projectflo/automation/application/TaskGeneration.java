package com.projectflo.automation.application;

import java.util.List;

/**
 * What one run of task generation changed: tasks created, archived (their component left the build)
 * and reopened (their component came back), and how many dependencies it added.
 */
public record TaskGeneration(
    List<Integer> created, List<Integer> archived, List<Integer> reopened, int dependenciesAdded) {

  public TaskGeneration {
    created = List.copyOf(created);
    archived = List.copyOf(archived);
    reopened = List.copyOf(reopened);
  }
}
