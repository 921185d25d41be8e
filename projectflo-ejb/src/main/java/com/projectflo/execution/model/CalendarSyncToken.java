package com.projectflo.execution.model;

import com.projectflo.identity.model.Contributor;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** Table {@code calendar_sync_tokens}: a contributor's link to an external calendar. */
@Entity
@Table(name = "calendar_sync_tokens")
public class CalendarSyncToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contributor_id", nullable = false)
  private Contributor contributor;

  @Convert(converter = CalendarSyncProvider.DbConverter.class)
  @Column(name = "provider", nullable = false)
  private CalendarSyncProvider provider;

  /** The provider's refresh token: ciphertext; see the identity issue. Never log it. */
  @Column(name = "refresh_token", nullable = false)
  private String refreshToken;

  @Column(name = "last_sync_at")
  private OffsetDateTime lastSyncAt;

  @Convert(converter = CalendarSyncStatus.DbConverter.class)
  @Column(name = "sync_status", nullable = false)
  private CalendarSyncStatus syncStatus = CalendarSyncStatus.ACTIVE;

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

  public CalendarSyncProvider getProvider() {
    return provider;
  }

  public void setProvider(CalendarSyncProvider provider) {
    this.provider = provider;
  }

  public String getRefreshToken() {
    return refreshToken;
  }

  public void setRefreshToken(String refreshToken) {
    this.refreshToken = refreshToken;
  }

  public OffsetDateTime getLastSyncAt() {
    return lastSyncAt;
  }

  public void setLastSyncAt(OffsetDateTime lastSyncAt) {
    this.lastSyncAt = lastSyncAt;
  }

  public CalendarSyncStatus getSyncStatus() {
    return syncStatus;
  }

  public void setSyncStatus(CalendarSyncStatus syncStatus) {
    this.syncStatus = syncStatus;
  }

  public long getVersion() {
    return version;
  }
}
