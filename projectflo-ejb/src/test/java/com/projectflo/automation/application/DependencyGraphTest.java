package com.projectflo.automation.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cycle check task generation applies to the dependencies it adds. */
class DependencyGraphTest {

  @Test
  void anEdgeBackToAnUpstreamTaskWouldCloseACycle() {
    DependencyGraph graph = new DependencyGraph();
    graph.add(1, 2);
    graph.add(2, 3);

    assertThat(graph.wouldCloseCycle(3, 1)).isTrue();
    assertThat(graph.wouldCloseCycle(2, 1)).isTrue();
    assertThat(graph.wouldCloseCycle(4, 4)).as("a task waiting for itself").isTrue();
    assertThat(graph.wouldCloseCycle(1, 3)).as("a shortcut is no cycle").isFalse();
    assertThat(graph.wouldCloseCycle(3, 4)).isFalse();
  }

  @Test
  void edgesAreAddedOnce() {
    DependencyGraph graph = new DependencyGraph();

    assertThat(graph.add(1, 2)).isTrue();
    assertThat(graph.add(1, 2)).isFalse();
    assertThat(graph.has(1, 2)).isTrue();
    assertThat(graph.has(2, 1)).isFalse();
  }
}
