package com.projectflo.it.api;

import static com.projectflo.it.api.Api.anonymous;
import static com.projectflo.it.api.Api.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.platform.security.AccessTokenMinter;
import com.projectflo.platform.security.PemKeys;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Sign-in, tokens, refresh rotation, sign-out, lock-out and password rules, over HTTP. */
class AuthApiIT {

  private static final String LOGIN = "/api/auth/login";

  @Nested
  class SignIn {

    @Test
    void returnsBearerTokensWhoseClaimsNameTheContributor() {
      Team.Member editor = Team.withRole("Editor");
      Api.Response response = anonymous().post(LOGIN, credentials(editor.email(), Team.PASSWORD));

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("Cache-Control")).contains("no-store");
      JsonObject tokens = response.json();
      assertThat(tokens.getString("tokenType")).isEqualTo("Bearer");
      assertThat(tokens.getInt("expiresIn")).isEqualTo(900);
      assertThat(tokens.getString("refreshToken")).hasSizeGreaterThan(30);
      JsonObject claims = claimsOf(tokens.getString("accessToken"));
      assertThat(claims.getString("sub")).isEqualTo("contributor:" + editor.id());
      assertThat(claims.getString("upn")).isEqualTo(editor.email());
      assertThat(claims.getJsonArray("groups").getString(0)).isEqualTo("Editor");
      assertThat(claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue())
          .isEqualTo(900);
      assertThat(Api.as(tokens.getString("accessToken")).get("/api/me").json().getInt("id"))
          .isEqualTo(editor.id());
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
      Team.Member member = Team.withRole("Freelancer");
      Api.Response wrongPassword =
          anonymous().post(LOGIN, credentials(member.email(), "Not-The-Password-1234"));
      Api.Response unknownUser =
          anonymous().post(LOGIN, credentials("nobody-" + Api.uniqueToken() + "@x.test", "x"));

      assertThat(wrongPassword.status()).isEqualTo(401);
      assertThat(unknownUser.status()).isEqualTo(401);
      assertThat(wrongPassword.contentType()).startsWith(Api.PROBLEM_JSON);
      assertThat(wrongPassword.json().getString("detail"))
          .isEqualTo(unknownUser.json().getString("detail"));
    }

    @Test
    void fiveFailuresLockTheEmailForFifteenMinutesEvenForTheRightPassword() {
      Team.Member member = Team.create("lockme", null);
      for (int attempt = 1; attempt <= 5; attempt++) {
        assertThat(
                anonymous().post(LOGIN, credentials(member.email(), "wrong-" + attempt)).status())
            .isEqualTo(401);
      }

      Api.Response locked = anonymous().post(LOGIN, credentials(member.email(), Team.PASSWORD));

      assertThat(locked.status()).isEqualTo(429);
      assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(850L, 900L);
      assertThat(locked.json().getString("type")).endsWith("too-many-attempts");
    }

    @Test
    void unknownEmailsAreLockedOutTooSoALockRevealsNothing() {
      String email = "ghost-" + Api.uniqueToken() + "@x.test";
      for (int attempt = 1; attempt <= 5; attempt++) {
        anonymous().post(LOGIN, credentials(email, "wrong"));
      }
      assertThat(anonymous().post(LOGIN, credentials(email, "wrong")).status()).isEqualTo(429);
    }

    @Test
    void missingFieldsAre400NamingThem() {
      Api.Response response = anonymous().post(LOGIN, "{}");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.errorFields()).containsExactly("email", "password");
    }
  }

  @Nested
  class RefreshAndSignOut {

    @Test
    void refreshRotatesAndAReusedTokenEndsTheWholeSession() {
      JsonObject first = Api.login(Team.withRole("Editor").email(), Team.PASSWORD);
      Api.Response refreshed = refresh(first.getString("refreshToken"));
      assertThat(refreshed.status()).isEqualTo(200);
      String second = refreshed.json().getString("refreshToken");
      assertThat(second).isNotEqualTo(first.getString("refreshToken"));

      Api.Response replay = refresh(first.getString("refreshToken"));

      assertThat(replay.status()).isEqualTo(401);
      assertThat(refresh(second).status()).as("the successor is revoked too").isEqualTo(401);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
      JsonObject tokens = Api.login(Team.withRole("Editor").email(), Team.PASSWORD);
      String body = "{\"refreshToken\":\"" + tokens.getString("refreshToken") + "\"}";

      assertThat(anonymous().post("/api/auth/logout", body).status()).isEqualTo(204);
      assertThat(refresh(tokens.getString("refreshToken")).status()).isEqualTo(401);
    }

    @Test
    void archivedContributorsCanNeitherUseNorRefreshTheirTokens() {
      Team.Member member = Team.create("leaver", null);
      JsonObject tokens = Api.login(member.email(), Team.PASSWORD);

      assertThat(Api.delete("/api/contributors/" + member.id()).status()).isEqualTo(204);

      assertThat(Api.as(tokens.getString("accessToken")).get("/api/me").status()).isEqualTo(401);
      assertThat(refresh(tokens.getString("refreshToken")).status()).isEqualTo(401);
    }

    private Api.Response refresh(String refreshToken) {
      return anonymous().post("/api/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}");
    }
  }

  @Nested
  class RejectedTokens {

    private final Team.Member member = Team.withRole("Manager");

    @Test
    void missingTokenIs401Problem() {
      Api.Response response = anonymous().get("/api/me");

      assertThat(response.status()).isEqualTo(401);
      assertThat(response.contentType()).startsWith(Api.PROBLEM_JSON);
      assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void expiredTokenIs401() {
      Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
      String token = mint(serverKey(), "urn:projectflo", anHourAgo);

      assertThat(Api.as(token).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void tamperedTokenIs401() {
      String token = mint(serverKey(), "urn:projectflo", Clock.systemUTC());
      assertThat(Api.as(token).get("/api/me").status()).as("control").isEqualTo(200);
      String[] parts = token.split("\\.");
      String payload =
          new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
              .replace("contributor:" + member.id(), "contributor:1");
      String tampered =
          parts[0]
              + "."
              + Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
              + "."
              + parts[2];

      assertThat(Api.as(tampered).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void wrongIssuerIs401() {
      String token = mint(serverKey(), "urn:someone-else", Clock.systemUTC());

      assertThat(Api.as(token).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() {
      String token =
          mint(PemKeys.generateRsaKeyPair().getPrivate(), "urn:projectflo", Clock.systemUTC());

      assertThat(Api.as(token).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void unsignedTokenWithAlgNoneIs401() {
      String header =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(
                  "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
      String payload = mint(serverKey(), "urn:projectflo", Clock.systemUTC()).split("\\.")[1];

      assertThat(Api.as(header + "." + payload + ".").get("/api/me").status()).isEqualTo(401);
    }

    private String mint(PrivateKey key, String issuer, Clock clock) {
      return new AccessTokenMinter(
              key, "test", issuer, "projectflo-api", Duration.ofMinutes(15), clock)
          .mint("contributor:" + member.id(), member.email(), Set.of("Manager"), Map.of())
          .token();
    }
  }

  @Nested
  class Passwords {

    @Test
    void weakPasswordsAreRefusedNamingTheField() {
      String json =
          Team.contributorJson("weak-" + Api.uniqueToken() + "@team.test", null)
              .replace(Team.PASSWORD, "Password2024!");

      Api.Response response = Api.post("/api/contributors", json);

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.errorFields()).contains("password");
    }

    @Test
    void aContributorChangesItsOwnPasswordKnowingTheCurrentOne() {
      Team.Member member = Team.create("changer", null);
      String newPassword = "Copper-Kettle-Meadow-81";

      Api.Response wrong =
          member
              .client()
              .post(
                  "/api/me/password",
                  "{\"currentPassword\":\"nope\",\"newPassword\":\"" + newPassword + "\"}");
      Api.Response right =
          member
              .client()
              .post(
                  "/api/me/password",
                  "{\"currentPassword\":\""
                      + Team.PASSWORD
                      + "\",\"newPassword\":\""
                      + newPassword
                      + "\"}");

      assertThat(wrong.status()).isEqualTo(400);
      assertThat(wrong.errorFields()).containsExactly("currentPassword");
      assertThat(right.status()).isEqualTo(204);
      assertThat(Api.login(member.email(), newPassword).getString("accessToken")).isNotBlank();
    }

    @Test
    void storedHashesArePbkdf2WithTheOwaspIterationCount() {
      Team.Member member = Team.withRole("Videographer");

      Object hash =
          Database.single("SELECT password_hash FROM contributors WHERE id = ?", member.id());

      assertThat(hash.toString()).startsWith("PBKDF2WithHmacSHA256:600000:");
    }
  }

  static PrivateKey serverKey() {
    try {
      return PemKeys.readPrivateKey(
          Files.readString(Path.of(System.getProperty("projectflo.it.jwtPrivateKey"))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static JsonObject claimsOf(String jwt) {
    String payload =
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    return jakarta.json.Json.createReader(new java.io.StringReader(payload)).readObject();
  }
}
