package com.projectflo.identity.application;

import com.projectflo.platform.application.TooManyAttemptsException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Locks an e-mail out of a realm for a while after too many failed logins in a window (defaults: 5
 * in 15 minutes lock for 15 minutes). Unknown e-mails are counted too, so a lock tells nothing
 * about which addresses have accounts. Failures are written in their own transaction: the failed
 * login itself rolls back.
 */
@Stateless
public class LoginThrottle {

  private static final String RECORD_FAILURE =
      """
      INSERT INTO login_throttle AS t (throttle_key, failures, window_started_at)
      VALUES (?1, 1, now())
      ON CONFLICT (throttle_key) DO UPDATE SET
        failures = CASE WHEN t.window_started_at < now() - ?2 * interval '1 second'
                        THEN 1 ELSE t.failures + 1 END,
        window_started_at = CASE WHEN t.window_started_at < now() - ?2 * interval '1 second'
                                 THEN now() ELSE t.window_started_at END,
        locked_until = CASE
          WHEN t.window_started_at >= now() - ?2 * interval '1 second' AND t.failures + 1 >= ?3
          THEN now() + ?4 * interval '1 second'
          ELSE NULL END
      RETURNING locked_until
      """;

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "projectflo.auth.max-failed-logins", defaultValue = "5")
  private int maxFailures;

  @Inject
  @ConfigProperty(name = "projectflo.auth.failure-window", defaultValue = "PT15M")
  private Duration window;

  @Inject
  @ConfigProperty(name = "projectflo.auth.lock-duration", defaultValue = "PT15M")
  private Duration lockDuration;

  /** Fails with 429 while the e-mail is locked out of the realm. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void ensureNotLocked(String realm, String email) {
    em.createNativeQuery(
            "SELECT locked_until FROM login_throttle WHERE throttle_key = ?1"
                + " AND locked_until > now()")
        .setParameter(1, key(realm, email))
        .getResultStream()
        .findFirst()
        .ifPresent(until -> throw429(toInstant(until)));
  }

  /** Counts a failure; from the {@code max}-th failure in the window on, the e-mail is locked. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(String realm, String email) {
    em.createNativeQuery(RECORD_FAILURE)
        .setParameter(1, key(realm, email))
        .setParameter(2, window.toSeconds())
        .setParameter(3, maxFailures)
        .setParameter(4, lockDuration.toSeconds())
        .getSingleResult();
  }

  /** Forgets the failures after a successful login. */
  public void clear(String realm, String email) {
    em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = ?1")
        .setParameter(1, key(realm, email))
        .executeUpdate();
  }

  private static String key(String realm, String email) {
    return realm + ":" + email.strip().toLowerCase(Locale.ROOT);
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    return Instant.parse(value.toString());
  }

  private static void throw429(Instant until) {
    long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds() + 1);
    throw new TooManyAttemptsException(
        "Too many failed sign-in attempts; try again in " + seconds + " seconds", seconds);
  }
}
