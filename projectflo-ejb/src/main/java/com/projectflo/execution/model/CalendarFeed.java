package com.projectflo.execution.model;

import com.projectflo.identity.model.Contributor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * Table {@code calendar_feeds} (V12): a contributor's ICS feed. Only the SHA-256 of the secret in
 * the feed's URL is stored.
 */
@Entity
@Table(name = "calendar_feeds")
@NamedQuery(
    name = "CalendarFeed.findBySecretHash",
    query = "SELECT f FROM CalendarFeed f WHERE f.secretHash = :hash")
@NamedQuery(
    name = "CalendarFeed.findByContributor",
    query = "SELECT f FROM CalendarFeed f WHERE f.contributor.id = :contributor")
public class CalendarFeed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contributor_id", nullable = false)
  private Contributor contributor;

  @Column(name = "secret_hash", length = 64, nullable = false)
  private String secretHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  public Integer getId() {
    return id;
  }

  public Contributor getContributor() {
    return contributor;
  }

  public void setContributor(Contributor contributor) {
    this.contributor = contributor;
  }

  public String getSecretHash() {
    return secretHash;
  }

  public void setSecretHash(String secretHash) {
    this.secretHash = secretHash;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
  }

  public long getVersion() {
    return version;
  }
}
