package com.projectflo.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the application knows about its database: whether it could be reached and whether the
 * migrations have been applied. Readiness and the request gate read it; {@link DatabaseMigrator}
 * writes it.
 */
@ApplicationScoped
public class DatabaseState {

  /** Where start-up stands. Only {@code READY} lets API requests through. */
  public enum Phase {
    STARTING,
    UNREACHABLE,
    FAILED,
    READY
  }

  /** An immutable reading, so that phase, detail and version are always seen together. */
  public record Snapshot(Phase phase, String detail, String schemaVersion) {}

  private volatile Snapshot snapshot = new Snapshot(Phase.STARTING, "migrations not run yet", null);

  public Snapshot snapshot() {
    return snapshot;
  }

  public boolean isReady() {
    return snapshot.phase() == Phase.READY;
  }

  void starting(String detail) {
    snapshot = new Snapshot(Phase.STARTING, detail, null);
  }

  void unreachable(String detail) {
    snapshot = new Snapshot(Phase.UNREACHABLE, detail, null);
  }

  void failed(String detail) {
    snapshot = new Snapshot(Phase.FAILED, detail, null);
  }

  void ready(String schemaVersion) {
    snapshot = new Snapshot(Phase.READY, "schema migrated", schemaVersion);
  }
}
