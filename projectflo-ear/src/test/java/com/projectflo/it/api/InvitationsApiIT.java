package com.projectflo.it.api;

import static com.projectflo.it.api.Api.anonymous;
import static com.projectflo.it.api.Api.credentials;
import static com.projectflo.it.api.Api.post;
import static com.projectflo.it.api.Api.uniqueToken;
import static com.projectflo.it.api.InquiryFixtures.acceptJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Portal invitations over HTTP: invite, accept once, then sign in as the couple. */
class InvitationsApiIT {

  private static final String ACCEPT = "/api/auth/invitations/accept";

  /** The invitation TTL the IT server is configured with (PROJECTFLO_INVITATION_TTL). */
  private static final Duration CONFIGURED_TTL = Duration.ofDays(3);

  private static JsonObject invite(int clientId, String json) {
    Api.Response invited = post("/api/clients/" + clientId + "/invitations", json);
    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    return invited.json();
  }

  private static Api.Response accept(String token, String password) {
    return anonymous().post(ACCEPT, acceptJson(token, password));
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anAcceptedInvitationLetsTheCoupleSignInAndReadTheirClient() throws Exception {
    String name = "Hazel" + uniqueToken();
    int clientId = Database.createClient(name);
    String email = name.toLowerCase() + "@couples.test";
    OffsetDateTime before = OffsetDateTime.now();

    Api.Response invited = post("/api/clients/" + clientId + "/invitations", "{}");

    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    assertThat(invited.header("Cache-Control")).contains("no-store");
    JsonObject invitation = invited.json();
    String token = invitation.getString("token");
    assertThat(token).hasSizeGreaterThanOrEqualTo(40);
    assertThat(invitation.getString("email")).as("the contact's e-mail").isEqualTo(email);
    assertThat(invitation.getInt("clientId")).isEqualTo(clientId);
    assertThat(invitation.getString("acceptPath")).isEqualTo(ACCEPT);
    OffsetDateTime expiresAt = OffsetDateTime.parse(invitation.getString("expiresAt"));
    assertThat(expiresAt)
        .isAfter(before.plus(CONFIGURED_TTL).minusHours(1))
        .isBefore(OffsetDateTime.now().plus(CONFIGURED_TTL).plusHours(1));
    int invitationId = invitation.getInt("id");
    assertThat(
            Database.single(
                "SELECT token_hash FROM client_user_invitations WHERE id = ?", invitationId))
        .as("only the SHA-256 of the token is stored")
        .isEqualTo(sha256(token));

    Api.Response accepted = accept(token, Team.PASSWORD);

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    assertThat(accepted.json().getInt("clientId")).isEqualTo(clientId);
    assertThat(accepted.json().getString("email")).isEqualTo(email);
    assertThat(
            Database.single(
                "SELECT accepted_at IS NOT NULL FROM client_user_invitations WHERE id = ?",
                invitationId))
        .isEqualTo(true);
    Api.Response login =
        anonymous().post("/api/auth/client-login", credentials(email, Team.PASSWORD));
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    Api.Client couple = Api.as(login.json().getString("accessToken"));
    assertThat(couple.get("/api/clients/" + clientId).status()).isEqualTo(200);
  }

  @Test
  void aUsedUnknownOrExpiredTokenGetsTheSameAnswer() {
    int clientId = Database.createClient("Larch" + uniqueToken());
    String used = invite(clientId, "{}").getString("token");
    assertThat(accept(used, Team.PASSWORD).status()).isEqualTo(201);
    int otherClient = Database.createClient("Yew" + uniqueToken());
    String expiring = invite(otherClient, "{}").getString("token");
    Database.execute(
        "UPDATE client_user_invitations SET expires_at = now() - interval '1 minute'"
            + " WHERE client_id = ?",
        otherClient);

    Api.Response reused = accept(used, Team.PASSWORD);
    Api.Response unknown = accept("no-such-token-" + uniqueToken(), Team.PASSWORD);
    Api.Response expired = accept(expiring, Team.PASSWORD);

    for (Api.Response refused : new Api.Response[] {reused, unknown, expired}) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.errorFields()).containsExactly("token");
    }
    assertThat(reused.json().getString("detail")).isEqualTo(unknown.json().getString("detail"));
    assertThat(expired.json().getString("detail")).isEqualTo(unknown.json().getString("detail"));
    assertThat(
            Database.single("SELECT COUNT(*) FROM client_users WHERE client_id = ?", otherClient))
        .isEqualTo(0L);
  }

  @Test
  void aNewInvitationRevokesTheClientsPendingOnes() {
    int clientId = Database.createClient("Elm" + uniqueToken());
    String first = invite(clientId, "{}").getString("token");
    String second = invite(clientId, "{}").getString("token");

    Api.Response revoked = accept(first, Team.PASSWORD);

    assertThat(revoked.status()).isEqualTo(400);
    assertThat(revoked.errorFields()).containsExactly("token");
    assertThat(accept(second, Team.PASSWORD).status()).isEqualTo(201);
  }

  @Test
  void aWeakPasswordIsRefusedAndLeavesTheInvitationUsable() {
    int clientId = Database.createClient("Pine" + uniqueToken());
    String token = invite(clientId, "{}").getString("token");

    Api.Response weak = accept(token, "short");
    Api.Response missing = anonymous().post(ACCEPT, "{\"token\":\"" + token + "\"}");

    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.errorFields()).contains("password");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorFields()).containsExactly("password");
    assertThat(accept(token, Team.PASSWORD).status()).isEqualTo(201);
  }

  @Test
  void aClientWithAPortalUserIsAConflict() {
    int clientId = Database.createClient("Oak" + uniqueToken());
    String token = invite(clientId, "{}").getString("token");
    assertThat(post("/api/client-users", Operations.clientUserJson(clientId)).status())
        .isEqualTo(201);

    Api.Response acceptance = accept(token, Team.PASSWORD);
    Api.Response reinvite = post("/api/clients/" + clientId + "/invitations", "{}");

    assertThat(acceptance.status()).isEqualTo(409);
    assertThat(reinvite.status()).isEqualTo(409);
  }

  @Test
  void inviteNamesBadInputAndUnknownClients() {
    int clientId = Database.createClient("Ash" + uniqueToken());
    String chosen = "us-" + uniqueToken() + "@portal.test";

    Api.Response badEmail =
        post("/api/clients/" + clientId + "/invitations", "{\"email\":\"not-an-address\"}");
    Api.Response unknownClient = post("/api/clients/2147483000/invitations", "{}");
    JsonObject explicit = invite(clientId, "{\"email\":\"" + chosen + "\"}");

    assertThat(badEmail.status()).isEqualTo(400);
    assertThat(badEmail.errorFields()).containsExactly("email");
    assertThat(unknownClient.status()).isEqualTo(404);
    assertThat(explicit.getString("email")).isEqualTo(chosen);
    assertThat(accept(explicit.getString("token"), Team.PASSWORD).json().getString("email"))
        .isEqualTo(chosen);
  }
}
