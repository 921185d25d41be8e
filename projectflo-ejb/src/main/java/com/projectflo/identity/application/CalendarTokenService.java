package com.projectflo.identity.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.execution.model.CalendarSyncStatus;
import com.projectflo.execution.model.CalendarSyncToken;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.persistence.CalendarTokenRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A contributor's calendar connection. The provider's refresh token is stored encrypted, bound to
 * its contributor (a value copied to another row does not decrypt), and never returned. A
 * contributor manages its own; {@code contributors.write} manages anyone's.
 */
@Stateless
public class CalendarTokenService {

  private static final String ENTITY = "calendar-token";

  @Inject private CalendarTokenRepository tokens;

  @Inject private ContributorService contributors;

  @Inject private SecretEncryption encryption;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  @RequiresPermission
  public CalendarTokenStatus getStatus(int contributorId) {
    currentCaller.requireSelfOr(contributorId, Permissions.CONTRIBUTORS_WRITE);
    return tokens
        .findByContributor(contributorId)
        .map(this::status)
        .orElse(CalendarTokenStatus.NONE);
  }

  @RequiresPermission
  public CalendarTokenStatus register(
      int contributorId, @NotNull @Valid CalendarTokenRegistration registration) {
    currentCaller.requireSelfOr(contributorId, Permissions.CONTRIBUTORS_WRITE);
    Contributor contributor = contributors.find(contributorId);
    CalendarSyncToken token =
        tokens
            .findByContributor(contributorId)
            .orElseGet(
                () -> {
                  CalendarSyncToken created = new CalendarSyncToken();
                  created.setContributor(contributor);
                  return created;
                });
    CalendarTokenStatus before = token.getId() == null ? null : status(token);
    token.setProvider(registration.provider());
    token.setRefreshToken(encryption.encrypt(registration.refreshToken(), context(contributorId)));
    token.setSyncStatus(CalendarSyncStatus.ACTIVE);
    tokens.save(token);
    CalendarTokenStatus after = status(token);
    audit.record("calendar_token.register", ENTITY, contributorId, before, after);
    return after;
  }

  @RequiresPermission
  public void remove(int contributorId) {
    currentCaller.requireSelfOr(contributorId, Permissions.CONTRIBUTORS_WRITE);
    tokens
        .findByContributor(contributorId)
        .ifPresent(
            token -> {
              CalendarTokenStatus before = status(token);
              tokens.remove(token);
              audit.record(
                  "calendar_token.remove", ENTITY, contributorId, before, CalendarTokenStatus.NONE);
            });
  }

  /** The decrypted refresh token, for the calendar synchronisation itself. */
  public String refreshTokenOf(int contributorId) {
    return tokens
        .findByContributor(contributorId)
        .map(token -> encryption.decrypt(token.getRefreshToken(), context(contributorId)))
        .orElse(null);
  }

  static String context(int contributorId) {
    return "calendar_sync_tokens.refresh_token:" + contributorId;
  }

  private CalendarTokenStatus status(CalendarSyncToken token) {
    return new CalendarTokenStatus(
        true, token.getProvider(), token.getSyncStatus(), token.getLastSyncAt());
  }
}
