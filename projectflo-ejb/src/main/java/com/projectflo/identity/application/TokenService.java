package com.projectflo.identity.application;

import com.projectflo.identity.model.RefreshToken;
import com.projectflo.platform.application.NotAuthenticatedException;
import com.projectflo.platform.security.AccessTokenMinter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues access tokens (RS256 JWTs, short-lived) and refresh tokens (random, stored hashed, rotated
 * on every use). A refresh token presented after it was rotated means it was copied: the whole
 * family is revoked and the caller must sign in again.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TokenService {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @Inject private SigningKeys keys;

  @Inject private TokenRevocation revocation;

  @Inject
  @ConfigProperty(name = "PROJECTFLO_JWT_ISSUER")
  private String issuer;

  @Inject
  @ConfigProperty(name = "PROJECTFLO_JWT_AUDIENCE")
  private String audience;

  @Inject
  @ConfigProperty(name = "projectflo.auth.access-token-ttl", defaultValue = "PT15M")
  private Duration accessTokenTtl;

  @Inject
  @ConfigProperty(name = "projectflo.auth.refresh-token-ttl", defaultValue = "P14D")
  private Duration refreshTokenTtl;

  private AccessTokenMinter minter;

  @PostConstruct
  void init() {
    minter =
        new AccessTokenMinter(
            keys.privateKey(), keys.keyId(), issuer, audience, accessTokenTtl, Clock.systemUTC());
  }

  /** A new login: a new refresh-token family. */
  public TokenGrant issue(TokenClaims claims) {
    return grant(claims, newSecret());
  }

  /**
   * Rotates a refresh token: revokes it and returns the subject it was issued to, for the caller to
   * re-check the account and {@link #continueFamily} with fresh claims.
   */
  public RefreshToken consume(String refreshToken) {
    RefreshToken stored = find(refreshToken);
    OffsetDateTime now = now();
    if (stored.getRevokedAt() != null) {
      revocation.revokeFamily(stored.getFamilyId());
      throw new NotAuthenticatedException(
          "This refresh token was already used; every session of this login is now signed out");
    }
    if (!stored.getExpiresAt().isAfter(now)) {
      throw new NotAuthenticatedException("This refresh token has expired; sign in again");
    }
    stored.setRevokedAt(now);
    return stored;
  }

  public TokenGrant continueFamily(RefreshToken previous, TokenClaims claims) {
    return grant(claims, previous.getFamilyId());
  }

  /** Logout: the token's family ends; an unknown or already revoked token changes nothing. */
  public void revoke(String refreshToken) {
    findStored(refreshToken).ifPresent(token -> revocation.revokeFamily(token.getFamilyId()));
  }

  /** Signs a subject out everywhere (password reset, archive, disable). */
  public void revokeAll(String subject) {
    em.createNamedQuery(RefreshToken.REVOKE_SUBJECT)
        .setParameter("now", now())
        .setParameter("subject", subject)
        .executeUpdate();
  }

  public Optional<String> findSubject(String refreshToken) {
    return findStored(refreshToken).map(RefreshToken::getSubject);
  }

  private RefreshToken find(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw new NotAuthenticatedException("A refresh token is required");
    }
    return findStored(refreshToken)
        .orElseThrow(() -> new NotAuthenticatedException("Unknown refresh token"));
  }

  private Optional<RefreshToken> findStored(String refreshToken) {
    return em.createNamedQuery(RefreshToken.FIND_BY_HASH, RefreshToken.class)
        .setParameter("hash", hash(refreshToken))
        .getResultStream()
        .findFirst();
  }

  private TokenGrant grant(TokenClaims claims, String familyId) {
    AccessTokenMinter.MintedToken access =
        minter.mint(claims.subject(), claims.upn(), claims.groups(), claims.extraClaims());
    String secret = newSecret();
    RefreshToken refresh = new RefreshToken();
    refresh.setTokenHash(hash(secret));
    refresh.setFamilyId(familyId);
    refresh.setSubject(claims.subject());
    refresh.setIssuedAt(now());
    refresh.setExpiresAt(now().plus(refreshTokenTtl));
    em.persist(refresh);
    return new TokenGrant(access.token(), secret, accessTokenTtl.toSeconds());
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The claims of an access token. */
  public record TokenClaims(
      String subject, String upn, Set<String> groups, Map<String, Object> extraClaims) {}
}
