package com.projectflo.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Table {@code login_throttle}: recent failed logins of one realm and e-mail. Written with an
 * atomic upsert (see {@code LoginThrottle}); mapped for reads and for the schema's completeness.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottleEntry {

  @Id
  @Column(name = "throttle_key", length = 300)
  private String key;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "window_started_at", nullable = false)
  private OffsetDateTime windowStartedAt;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public int getFailures() {
    return failures;
  }

  public void setFailures(int failures) {
    this.failures = failures;
  }

  public OffsetDateTime getWindowStartedAt() {
    return windowStartedAt;
  }

  public void setWindowStartedAt(OffsetDateTime windowStartedAt) {
    this.windowStartedAt = windowStartedAt;
  }

  public OffsetDateTime getLockedUntil() {
    return lockedUntil;
  }

  public void setLockedUntil(OffsetDateTime lockedUntil) {
    this.lockedUntil = lockedUntil;
  }
}
