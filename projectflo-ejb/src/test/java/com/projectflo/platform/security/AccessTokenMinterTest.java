package com.projectflo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.projectflo.platform.security.AccessTokenMinter.MintedToken;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccessTokenMinterTest {

  private static final Instant NOW = Instant.parse("2025-06-14T09:30:00Z");
  private static final Duration TTL = Duration.ofMinutes(15);
  private static final String ISSUER = "https://projectflo.example/auth";
  private static final String AUDIENCE = "projectflo-api";

  private static KeyPair keys;
  private static KeyPair otherKeys;

  @BeforeAll
  static void generateKeys() {
    keys = PemKeys.generateRsaKeyPair();
    otherKeys = PemKeys.generateRsaKeyPair();
  }

  private static AccessTokenMinter minter(KeyPair signing) {
    return new AccessTokenMinter(
        signing.getPrivate(),
        PemKeys.keyId(signing.getPublic()),
        ISSUER,
        AUDIENCE,
        TTL,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static JwtConsumer consumer() {
    return new JwtConsumerBuilder()
        .setRequireExpirationTime()
        .setRequireIssuedAt()
        .setRequireSubject()
        .setRequireJwtId()
        .setExpectedIssuer(ISSUER)
        .setExpectedAudience(AUDIENCE)
        .setVerificationKey(keys.getPublic())
        .setJwsAlgorithmConstraints(
            new AlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256))
        .setEvaluationTime(NumericDate.fromSeconds(NOW.getEpochSecond() + 60))
        .build();
  }

  @Test
  void mintsAVerifiableMicroProfileJwt() throws Exception {
    MintedToken minted =
        minter(keys)
            .mint(
                "user-17",
                "jane@studio.example",
                Set.of("editor", "admin"),
                Map.of("studio_id", 3, "name", "Jane Doe"));

    JwtContext context = consumer().process(minted.token());
    JwtClaims claims = context.getJwtClaims();

    assertThat(claims.getIssuer()).isEqualTo(ISSUER);
    assertThat(claims.getAudience()).containsExactly(AUDIENCE);
    assertThat(claims.getSubject()).isEqualTo("user-17");
    assertThat(claims.getStringClaimValue("upn")).isEqualTo("jane@studio.example");
    assertThat(claims.getStringListClaimValue("groups")).containsExactly("admin", "editor");
    assertThat(claims.getJwtId()).isEqualTo(minted.tokenId());
    assertThat(claims.getClaimValue("studio_id", Long.class)).isEqualTo(3L);
    assertThat(claims.getStringClaimValue("name")).isEqualTo("Jane Doe");

    JsonWebStructure jws = context.getJoseObjects().get(0);
    assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("RS256");
    assertThat(jws.getHeader("typ")).isEqualTo("JWT");
    assertThat(jws.getKeyIdHeaderValue()).isEqualTo(PemKeys.keyId(keys.getPublic()));
  }

  @Test
  void expiresOneTimeToLiveAfterIssue() throws Exception {
    MintedToken minted = minter(keys).mint("user-17", "jane@studio.example", Set.of(), null);

    JwtClaims claims = consumer().processToClaims(minted.token());

    assertThat(claims.getIssuedAt().getValue()).isEqualTo(NOW.getEpochSecond());
    assertThat(claims.getExpirationTime().getValue()).isEqualTo(NOW.plus(TTL).getEpochSecond());
    assertThat(minted.expiresAt()).isEqualTo(NOW.plus(TTL));
    assertThat(claims.getStringListClaimValue("groups")).isEmpty();
    assertThat(minter(keys).timeToLive()).isEqualTo(TTL);
  }

  @Test
  void givesEveryTokenItsOwnId() {
    AccessTokenMinter minter = minter(keys);

    MintedToken first = minter.mint("user-17", "jane@studio.example", Set.of("admin"), Map.of());
    MintedToken second = minter.mint("user-17", "jane@studio.example", Set.of("admin"), Map.of());

    assertThat(first.tokenId()).isNotEqualTo(second.tokenId());
    assertThat(first.token()).isNotEqualTo(second.token());
    assertThat(first.toString()).doesNotContain(first.token());
  }

  @Test
  void tokensSignedWithAnotherKeyFailVerification() {
    MintedToken forged =
        minter(otherKeys).mint("user-17", "jane@studio.example", Set.of("admin"), Map.of());

    assertThatThrownBy(() -> consumer().process(forged.token()))
        .isInstanceOf(InvalidJwtException.class);
  }

  @Test
  void expiredTokensFailVerification() {
    MintedToken minted = minter(keys).mint("user-17", "jane@studio.example", Set.of(), Map.of());
    JwtConsumer later =
        new JwtConsumerBuilder()
            .setExpectedIssuer(ISSUER)
            .setExpectedAudience(AUDIENCE)
            .setVerificationKey(keys.getPublic())
            .setEvaluationTime(NumericDate.fromSeconds(NOW.plus(TTL).getEpochSecond() + 120))
            .build();

    assertThatThrownBy(() -> later.process(minted.token())).isInstanceOf(InvalidJwtException.class);
  }

  @Test
  void extraClaimsCannotOverrideTheReservedOnes() {
    AccessTokenMinter minter = minter(keys);

    for (String reserved : new String[] {"exp", "groups", "iss", "sub", "upn", "jti"}) {
      assertThatThrownBy(
              () -> minter.mint("user-17", "jane@studio.example", Set.of(), Map.of(reserved, 1)))
          .as(reserved)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void validatesItsSettings() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    assertThatThrownBy(
            () ->
                new AccessTokenMinter(
                    keys.getPrivate(), "kid", ISSUER, AUDIENCE, Duration.ZERO, clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new AccessTokenMinter(keys.getPrivate(), " ", ISSUER, AUDIENCE, TTL, clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> minter(keys).mint(" ", "upn", Set.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
