package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.platform.security.SecretCipher;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit log API, notifications, and the calendar token stored encrypted. */
class AuditAndNotificationsApiIT {

  @Test
  void auditRowsCarryActorRequestIdAndChangedFieldsButNoSecrets() {
    Api.Response created =
        Api.post("/api/contacts", Operations.contactJson(), "X-Correlation-Id", "audit-test-1");
    int id = created.json().getInt("id");
    Api.put("/api/contacts/" + id, Operations.contactJson().replace("Vendor", "Client Lead"));

    List<JsonObject> rows = Api.get("/api/audit?entity=contact&id=" + id).items();

    assertThat(rows)
        .extracting(r -> r.getString("action"))
        .containsExactly("contact.update", "contact.create");
    JsonObject update = rows.get(0).getJsonObject("details");
    assertThat(update.getJsonObject("changes").getJsonObject("type").getString("before"))
        .isEqualTo("Vendor");
    assertThat(update.getJsonObject("changes").getJsonObject("type").getString("after"))
        .isEqualTo("Client Lead");
    assertThat(update.getJsonObject("changes").containsKey("lastName")).isFalse();
    assertThat(rows.get(1).getJsonObject("details").getString("requestId"))
        .isEqualTo("audit-test-1");
    assertThat(update.getJsonObject("actor").getString("kind")).isEqualTo("contributor");

    Team.Member member = Team.create("secretive", null);
    Api.post(
        "/api/contributors/" + member.id() + "/password",
        "{\"newPassword\":\"Another-Lovely-Passphrase-9\"}");
    String audit = Api.get("/api/audit?entity=contributor&id=" + member.id()).body();
    assertThat(audit)
        .contains("contributor.reset_password")
        .doesNotContain("PBKDF2", "Another-Lovely", Team.PASSWORD);
  }

  @Test
  void auditFiltersByActorActionAndTimeAndPagesNewestFirst() {
    Team.Member manager = Team.withRole("Manager");
    for (int i = 0; i < 3; i++) {
      manager.client().post("/api/contacts", Operations.contactJson());
    }
    String actor = "contributor:" + manager.id();

    Api.Response first = Api.get("/api/audit?actor=" + actor + "&action=contact.create&limit=2");
    Api.Response second =
        Api.get(
            "/api/audit?actor="
                + actor
                + "&action=contact.create&limit=2&cursor="
                + first.json().getString("nextCursor"));

    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).isNotEmpty();
    List<Integer> ids = new java.util.ArrayList<>();
    first.items().forEach(r -> ids.add(r.getInt("id")));
    second.items().forEach(r -> ids.add(r.getInt("id")));
    assertThat(ids)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder())
        .doesNotHaveDuplicates();
    assertThat(Api.get("/api/audit?actor=" + actor + "&from=2999-01-01T00:00:00Z").items())
        .isEmpty();
    Api.Response bad = Api.get("/api/audit?actor=someone&from=yesterday");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorFields()).containsExactly("actor", "from");
  }

  @Test
  void entityFiltersUseTheGinIndexOnDetails() throws Exception {
    try (Connection c = Database.connect();
        Statement s = c.createStatement()) {
      // A tiny test table would be scanned whole; what matters is that the predicate can use it.
      s.execute("SET enable_seqscan = off");
      s.execute("SET enable_indexscan = off");
      StringBuilder plan = new StringBuilder();
      try (ResultSet rows =
          s.executeQuery(
              "EXPLAIN SELECT id FROM audit_log"
                  + " WHERE details @> '{\"entity\":\"contact\",\"id\":1}'::jsonb")) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      assertThat(plan.toString()).contains("idx_audit_log_details_gin");
    }
  }

  @Test
  void notificationsListUnreadFirstAndCanBeMarkedRead() {
    Team.Member member = Team.create("notified", null);
    Fixtures fx = Fixtures.get();
    Api.put(
        "/api/projects/" + fx.projectA() + "/assignments/" + member.id(),
        "{\"roleId\":" + Team.roleId("Editor") + "}");
    Api.put(
        "/api/contributors/" + member.id() + "/role",
        "{\"roleId\":" + Team.roleId("Freelancer") + "}");
    Api.Client me = member.client();

    assertThat(me.get("/api/notifications/unread-count").json().getInt("unread")).isEqualTo(2);
    List<JsonObject> listed = me.get("/api/notifications").items();
    assertThat(listed).hasSize(2);
    assertThat(listed.get(0).getString("message")).contains("Freelancer");
    int older = listed.get(1).getInt("id");

    assertThat(me.post("/api/notifications/" + older + "/read", null).json().getBoolean("read"))
        .isTrue();
    List<JsonObject> after = me.get("/api/notifications").items();
    assertThat(after.get(0).getBoolean("read")).as("unread first").isFalse();
    assertThat(after.get(1).getInt("id")).isEqualTo(older);
    assertThat(me.post("/api/notifications/read-all", null).json().getInt("markedRead"))
        .isEqualTo(1);
    assertThat(me.get("/api/notifications/unread-count").json().getInt("unread")).isZero();
    assertThat(
            Team.withRole("Editor")
                .client()
                .post("/api/notifications/" + older + "/read", null)
                .status())
        .as("someone else's notification")
        .isEqualTo(404);
  }

  @Test
  void calendarTokensAreStoredEncryptedAndSurviveKeyRotation() throws IOException {
    Team.Member member = Team.create("calendar", null);
    String secret = "1//google-refresh-" + Api.uniqueToken();

    Api.Response put =
        member
            .client()
            .put(
                "/api/contributors/" + member.id() + "/calendar-token",
                "{\"provider\":\"Google\",\"refreshToken\":\"" + secret + "\"}");

    assertThat(put.status()).isEqualTo(200);
    assertThat(put.body()).doesNotContain(secret);
    assertThat(
            member
                .client()
                .get("/api/contributors/" + member.id() + "/calendar-token")
                .json()
                .getBoolean("connected"))
        .isTrue();
    String raw =
        (String)
            Database.single(
                "SELECT refresh_token FROM calendar_sync_tokens WHERE contributor_id = ?",
                member.id());
    assertThat(raw)
        .startsWith("v1:")
        .doesNotContain(secret)
        .doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes()));

    String serverKeys =
        Files.readString(Path.of(System.getProperty("projectflo.it.dataKeyFile"))).strip();
    String context = "calendar_sync_tokens.refresh_token:" + member.id();
    SecretCipher rotated =
        SecretCipher.fromSpec(
            serverKeys + ",next:" + Base64.getEncoder().encodeToString(SecretCipher.newKey()),
            "next");
    assertThat(rotated.decrypt(raw, context))
        .as("an old row stays readable after rotation")
        .isEqualTo(secret);
    String reencrypted = rotated.encrypt(secret, context);
    assertThat(reencrypted).startsWith("v1:next:");
    assertThat(rotated.isEncryptedWithActiveKey(raw)).isFalse();
    assertThat(rotated.decrypt(reencrypted, context)).isEqualTo(secret);
  }
}
