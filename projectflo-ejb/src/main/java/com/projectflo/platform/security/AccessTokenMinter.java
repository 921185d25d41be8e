package com.projectflo.platform.security;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.lang.JoseException;

/**
 * Issues the short-lived RS256 access tokens that MicroProfile JWT verifies on every request.
 *
 * <p>Each token carries what MicroProfile JWT requires ({@code iss}, {@code sub}, {@code upn},
 * {@code groups}, {@code iat}, {@code exp}, {@code jti}) plus {@code aud}, and a {@code kid} header
 * so that verifiers can pick the right public key while signing keys are rotated. Extra claims may
 * not override these: a caller-supplied {@code exp} or {@code groups} would otherwise bypass the
 * lifetime or the roles decided here.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AccessTokenMinter {

  private static final Set<String> RESERVED_CLAIMS =
      Set.of("iss", "aud", "sub", "upn", "groups", "iat", "exp", "nbf", "jti");

  private final PrivateKey signingKey;
  private final String keyId;
  private final String issuer;
  private final String audience;
  private final Duration timeToLive;
  private final Clock clock;

  public AccessTokenMinter(
      PrivateKey signingKey,
      String keyId,
      String issuer,
      String audience,
      Duration timeToLive,
      Clock clock) {
    this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
    this.keyId = requireText(keyId, "keyId");
    this.issuer = requireText(issuer, "issuer");
    this.audience = requireText(audience, "audience");
    this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (!"RSA".equals(signingKey.getAlgorithm())) {
      throw new IllegalArgumentException("RS256 needs an RSA signing key");
    }
    if (timeToLive.getSeconds() < 1) {
      throw new IllegalArgumentException("the time to live must be at least one second");
    }
  }

  public MintedToken mint(
      String subject, String upn, Set<String> groups, Map<String, Object> extraClaims) {
    requireText(subject, "subject");
    requireText(upn, "upn");
    long issuedAt = clock.instant().getEpochSecond();
    long expiresAt = issuedAt + timeToLive.getSeconds();
    String tokenId = UUID.randomUUID().toString();

    JwtClaims claims = new JwtClaims();
    if (extraClaims != null) {
      extraClaims.forEach(
          (name, value) -> {
            if (name == null || RESERVED_CLAIMS.contains(name)) {
              throw new IllegalArgumentException(
                  "extra claims may not set the reserved claim " + name);
            }
            claims.setClaim(name, value);
          });
    }
    claims.setIssuer(issuer);
    claims.setAudience(audience);
    claims.setSubject(subject);
    claims.setStringClaim("upn", upn);
    claims.setStringListClaim(
        "groups", List.copyOf(new TreeSet<>(groups == null ? Set.of() : groups)));
    claims.setIssuedAt(NumericDate.fromSeconds(issuedAt));
    claims.setExpirationTime(NumericDate.fromSeconds(expiresAt));
    claims.setJwtId(tokenId);

    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(signingKey);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader(HeaderParameterNames.TYPE, "JWT");
    jws.setKeyIdHeaderValue(keyId);
    try {
      return new MintedToken(
          jws.getCompactSerialization(), Instant.ofEpochSecond(expiresAt), tokenId);
    } catch (JoseException e) {
      throw new IllegalStateException(
          "signing the access token with key '" + keyId + "' failed", e);
    }
  }

  public Duration timeToLive() {
    return timeToLive;
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /** A signed access token, with what the caller needs to return and to revoke it. */
  public record MintedToken(String token, Instant expiresAt, String tokenId) {

    @Override
    public String toString() {
      return "MintedToken[tokenId=" + tokenId + ", expiresAt=" + expiresAt + "]";
    }
  }
}
