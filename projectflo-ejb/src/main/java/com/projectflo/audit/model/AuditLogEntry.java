package com.projectflo.audit.model;

import com.projectflo.identity.model.Contributor;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Table {@code audit_log}: a recorded change, by whom and when, with its details as JSON. */
@Entity
@Table(name = "audit_log")
public class AuditLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "contributor_id", nullable = true)
  private Contributor contributor;

  @Column(name = "action", nullable = false)
  private String action;

  @Column(name = "\"timestamp\"", nullable = false)
  private OffsetDateTime timestamp;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "details")
  private JsonValue details;

  public Integer getId() {
    return id;
  }

  public Contributor getContributor() {
    return contributor;
  }

  public void setContributor(Contributor contributor) {
    this.contributor = contributor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public OffsetDateTime getTimestamp() {
    return timestamp;
  }

  public void setTimestamp(OffsetDateTime timestamp) {
    this.timestamp = timestamp;
  }

  public JsonValue getDetails() {
    return details;
  }

  public void setDetails(JsonValue details) {
    this.details = details;
  }

  /**
   * The DEFAULT CURRENT_TIMESTAMP of {@code timestamp}, which EclipseLink would otherwise overwrite
   * with NULL.
   */
  @PrePersist
  void fillDatabaseDefaults() {
    if (timestamp == null) {
      timestamp = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
  }
}
