package com.projectflo.automation.application;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Task dependencies as edges blocking → dependent, in memory, to refuse an edge that would close a
 * cycle. Not thread-safe; one per generation run.
 */
final class DependencyGraph {

  private final Map<Integer, Set<Integer>> downstream = new HashMap<>();

  /** Adds the edge; false when it was there already. */
  boolean add(int blocking, int dependent) {
    return downstream.computeIfAbsent(blocking, k -> new HashSet<>()).add(dependent);
  }

  boolean has(int blocking, int dependent) {
    return downstream.getOrDefault(blocking, Set.of()).contains(dependent);
  }

  /** Whether the edge blocking → dependent would close a cycle (dependent already leads there). */
  boolean wouldCloseCycle(int blocking, int dependent) {
    return blocking == dependent || reaches(dependent, blocking);
  }

  /** Whether {@code to} can be reached from {@code from} by following edges. */
  boolean reaches(int from, int to) {
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> next = new ArrayDeque<>();
    next.add(from);
    while (!next.isEmpty()) {
      for (int task : downstream.getOrDefault(next.poll(), Set.of())) {
        if (task == to) {
          return true;
        }
        if (seen.add(task)) {
          next.add(task);
        }
      }
    }
    return false;
  }
}
