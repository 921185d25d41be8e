package com.projectflo.ledger.model;

import com.projectflo.platform.persistence.JsonbConverter;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Table {@code build_snapshots}: the state of a build as a change order saw it, kept as JSON. */
@Entity
@Table(name = "build_snapshots")
@NamedQuery(
    name = BuildSnapshot.FIND_BY_BUILD,
    query =
        "SELECT s FROM BuildSnapshot s JOIN FETCH s.changeOrder c WHERE s.build.id = :build"
            + " ORDER BY c.versionNumber")
@NamedQuery(
    name = BuildSnapshot.FIND_BY_VERSION,
    query =
        "SELECT s FROM BuildSnapshot s JOIN FETCH s.changeOrder c WHERE s.build.id = :build"
            + " AND c.versionNumber = :version")
public class BuildSnapshot {

  public static final String FIND_BY_BUILD = "BuildSnapshot.findByBuild";
  public static final String FIND_BY_VERSION = "BuildSnapshot.findByVersion";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "build_id", nullable = false)
  private Build build;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "change_order_id", nullable = false)
  private BuildChangeOrder changeOrder;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "snapshot_data", nullable = false)
  private JsonValue snapshotData;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  public Integer getId() {
    return id;
  }

  public Build getBuild() {
    return build;
  }

  public void setBuild(Build build) {
    this.build = build;
  }

  public BuildChangeOrder getChangeOrder() {
    return changeOrder;
  }

  public void setChangeOrder(BuildChangeOrder changeOrder) {
    this.changeOrder = changeOrder;
  }

  public JsonValue getSnapshotData() {
    return snapshotData;
  }

  public void setSnapshotData(JsonValue snapshotData) {
    this.snapshotData = snapshotData;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
  }

  /**
   * The DEFAULT CURRENT_TIMESTAMP of {@code created_at}, which EclipseLink would otherwise
   * overwrite with NULL.
   */
  @PrePersist
  void fillDatabaseDefaults() {
    if (createdAt == null) {
      createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
  }
}
