package com.projectflo.identity.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.identity.application.TokenService.TokenClaims;
import com.projectflo.identity.model.ClientUser;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.model.RefreshToken;
import com.projectflo.identity.persistence.AccessRepository;
import com.projectflo.identity.persistence.ContributorRepository;
import com.projectflo.platform.application.NotAuthenticatedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in of contributors (by their contact's e-mail) and of client portal users, token refresh
 * with rotation, and sign-out. An unknown e-mail and a wrong password get the same answer after the
 * same work (one password hash), and both count towards the lock-out of {@link LoginThrottle}.
 */
@Stateless
public class AuthenticationService {

  static final String CONTRIBUTOR_REALM = "contributor";
  static final String CLIENT_REALM = "client";
  static final String CLIENT_GROUP = "client";
  static final String CLIENT_ID_CLAIM = "client_id";
  private static final String WRONG_CREDENTIALS = "Unknown e-mail address or wrong password";

  @Inject private AccessRepository access;

  @Inject private ContributorRepository contributors;

  @Inject private PasswordService passwords;

  @Inject private LoginThrottle throttle;

  @Inject private TokenService tokens;

  @Inject private AuditTrail audit;

  public TokenGrant loginContributor(@NotNull @Valid Credentials credentials) {
    throttle.ensureNotLocked(CONTRIBUTOR_REALM, credentials.email());
    Optional<Contributor> found =
        access.findContributorByEmail(credentials.email()).filter(c -> !c.isArchived());
    verify(CONTRIBUTOR_REALM, credentials, found.map(Contributor::getPasswordHash));
    Contributor contributor = found.orElseThrow();
    if (passwords.needsRehash(contributor.getPasswordHash())) {
      contributor.setPasswordHash(passwords.rehash(credentials.password()));
    }
    Caller caller = callerOf(contributor);
    audit.record("auth.login", "contributor", contributor.getId(), null, null, caller);
    return tokens.issue(claimsOf(contributor));
  }

  public TokenGrant loginClientUser(@NotNull @Valid Credentials credentials) {
    throttle.ensureNotLocked(CLIENT_REALM, credentials.email());
    Optional<ClientUser> found =
        access.findClientUserByEmail(credentials.email()).filter(u -> !u.isDisabled());
    verify(CLIENT_REALM, credentials, found.map(ClientUser::getPasswordHash));
    ClientUser user = found.orElseThrow();
    if (passwords.needsRehash(user.getPasswordHash())) {
      user.setPasswordHash(passwords.rehash(credentials.password()));
    }
    user.setLastLoginDate(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    audit.record("auth.client_login", "client-user", user.getId(), null, null, callerOf(user));
    return tokens.issue(claimsOf(user));
  }

  /** A new access token and a new refresh token; the presented one is used up. */
  public TokenGrant refresh(@NotBlank String refreshToken) {
    RefreshToken previous = tokens.consume(refreshToken);
    String subject = previous.getSubject();
    Integer contributorId = Subjects.contributorId(subject);
    if (contributorId != null) {
      Contributor contributor =
          contributors
              .findById(contributorId)
              .filter(c -> !c.isArchived())
              .orElseThrow(() -> new NotAuthenticatedException("This account is archived"));
      audit.record("auth.refresh", "contributor", contributorId, null, null, callerOf(contributor));
      return tokens.continueFamily(previous, claimsOf(contributor));
    }
    Integer clientUserId = Subjects.clientUserId(subject);
    ClientUser user =
        (clientUserId == null ? Optional.<ClientUser>empty() : access.findClientUser(clientUserId))
            .filter(u -> !u.isDisabled())
            .orElseThrow(() -> new NotAuthenticatedException("This account is disabled"));
    audit.record("auth.refresh", "client-user", clientUserId, null, null, callerOf(user));
    return tokens.continueFamily(previous, claimsOf(user));
  }

  /** Ends the session the refresh token belongs to. Unknown tokens are accepted silently. */
  public void logout(@NotBlank String refreshToken) {
    Optional<String> subject = tokens.findSubject(refreshToken);
    tokens.revoke(refreshToken);
    subject.ifPresent(
        s -> {
          Integer contributorId = Subjects.contributorId(s);
          audit.record(
              "auth.logout",
              contributorId != null ? "contributor" : "client-user",
              contributorId != null ? contributorId : Subjects.clientUserId(s),
              null,
              null,
              actorOf(s));
        });
  }

  private void verify(String realm, Credentials credentials, Optional<String> storedHash) {
    boolean matches =
        storedHash
            .map(hash -> passwords.matches(credentials.password(), hash))
            .orElseGet(
                () -> {
                  passwords.spendVerificationTime(credentials.password());
                  return false;
                });
    if (!matches) {
      throttle.recordFailure(realm, credentials.email());
      throw new NotAuthenticatedException(WRONG_CREDENTIALS);
    }
    throttle.clear(realm, credentials.email());
  }

  private Caller actorOf(String subject) {
    Integer contributorId = Subjects.contributorId(subject);
    if (contributorId != null) {
      return new Caller(Caller.Kind.CONTRIBUTOR, contributorId, null, subject, Set.of());
    }
    return new Caller(
        Caller.Kind.CLIENT_USER, Subjects.clientUserId(subject), null, subject, Set.of());
  }

  private static Caller callerOf(Contributor contributor) {
    return new Caller(
        Caller.Kind.CONTRIBUTOR,
        contributor.getId(),
        null,
        contributor.getContact().getEmail(),
        Set.of());
  }

  private static Caller callerOf(ClientUser user) {
    return new Caller(
        Caller.Kind.CLIENT_USER, user.getId(), user.getClient().getId(), user.getEmail(), Set.of());
  }

  private static TokenClaims claimsOf(Contributor contributor) {
    Set<String> groups =
        contributor.getRole() == null ? Set.of() : Set.of(contributor.getRole().getName());
    return new TokenClaims(
        Subjects.contributor(contributor.getId()),
        contributor.getContact().getEmail(),
        groups,
        Map.of());
  }

  private static TokenClaims claimsOf(ClientUser user) {
    return new TokenClaims(
        Subjects.clientUser(user.getId()),
        user.getEmail(),
        Set.of(CLIENT_GROUP),
        Map.of(CLIENT_ID_CLAIM, user.getClient().getId()));
  }
}
