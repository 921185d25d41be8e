package com.projectflo.it.api;

import static com.projectflo.it.api.Api.PROBLEM_JSON;
import static com.projectflo.it.api.Api.delete;
import static com.projectflo.it.api.Api.get;
import static com.projectflo.it.api.Api.send;
import static com.projectflo.it.api.Api.uniqueToken;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clients API over HTTP: contact, projects and balance of each client; portal access. */
class ClientsApiIT {

  private static final String CLIENTS = "/api/clients";

  private static void insertBuild(int clientId, String approved, String paid, boolean archived) {
    Database.execute(
        "INSERT INTO builds (client_id, status, approved_price, total_paid, archived_at)"
            + " VALUES (?, 'Booked', ?, ?, "
            + (archived ? "now()" : "NULL")
            + ")",
        clientId,
        new BigDecimal(approved),
        new BigDecimal(paid));
  }

  private static BigDecimal amount(JsonObject balance, String name) {
    return balance.getJsonNumber(name).bigDecimalValue();
  }

  @Test
  void aClientShowsItsContactProjectsAndTheBalanceOfItsBuilds() {
    String name = "Maple" + uniqueToken();
    int clientId = Database.createClient(name);
    int later =
        InquiryFixtures.createProjectOn(clientId, "Second wedding", LocalDate.of(2033, 5, 1));
    int earlier =
        InquiryFixtures.createProjectOn(clientId, "First wedding", LocalDate.of(2032, 9, 18));
    insertBuild(clientId, "2500.00", "1000.50", false);
    insertBuild(clientId, "1499.99", "0.00", false);
    insertBuild(clientId, "9999.00", "9999.00", true);

    Api.Response fetched = get(CLIENTS + "/" + clientId);

    assertThat(fetched.status()).as(fetched.toString()).isEqualTo(200);
    JsonObject body = fetched.json();
    assertThat(fetched.header("ETag")).isEqualTo("\"" + body.getJsonNumber("version") + "\"");
    assertThat(body.getInt("id")).isEqualTo(clientId);
    assertThat(body.getJsonObject("contact").getString("name")).isEqualTo(name + " Couple");
    assertThat(body.getJsonObject("contact").getString("email"))
        .isEqualTo(name.toLowerCase() + "@couples.test");
    List<JsonObject> projects = body.getJsonArray("projects").getValuesAs(JsonObject.class);
    assertThat(projects).extracting(p -> p.getInt("id")).containsExactly(earlier, later);
    assertThat(projects.get(0).getString("name")).isEqualTo("First wedding");
    assertThat(projects.get(0).getString("weddingDate")).isEqualTo("2032-09-18");
    JsonObject balance = body.getJsonObject("balance");
    assertThat(amount(balance, "approvedTotal")).isEqualTo(new BigDecimal("3999.99"));
    assertThat(amount(balance, "paidTotal")).isEqualTo(new BigDecimal("1000.50"));
    assertThat(amount(balance, "balanceDue")).isEqualTo(new BigDecimal("2999.49"));
  }

  @Test
  void aClientWithoutBuildsOrProjectsHasZeros() {
    int clientId = Database.createClient("Aspen" + uniqueToken());

    JsonObject body = get(CLIENTS + "/" + clientId).json();

    assertThat(body.getJsonArray("projects")).isEmpty();
    JsonObject balance = body.getJsonObject("balance");
    assertThat(amount(balance, "approvedTotal")).isEqualTo(new BigDecimal("0.00"));
    assertThat(amount(balance, "paidTotal")).isEqualTo(new BigDecimal("0.00"));
    assertThat(amount(balance, "balanceDue")).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void theListSearchesPagesInNameOrderAndCarriesProjectsAndBalances() {
    String token = uniqueToken();
    int c = Database.createClient(token + "c");
    int a = Database.createClient(token + "a");
    int b = Database.createClient(token + "b");
    int project = InquiryFixtures.createProjectOn(b, "B wedding", LocalDate.of(2032, 1, 2));
    insertBuild(b, "100.00", "40.00", false);

    List<JsonObject> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Api.Response page =
          get(CLIENTS + "?limit=2&q=" + token + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      seen.addAll(page.items());
      JsonObject body = page.json();
      cursor = body.containsKey("nextCursor") ? body.getString("nextCursor") : null;
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(2);
    assertThat(seen).extracting(item -> item.getInt("id")).containsExactly(a, b, c);
    JsonObject clientB = seen.get(1);
    assertThat(clientB.getJsonArray("projects").getValuesAs(JsonObject.class))
        .extracting(p -> p.getInt("id"))
        .containsExactly(project);
    assertThat(amount(clientB.getJsonObject("balance"), "balanceDue"))
        .isEqualTo(new BigDecimal("60.00"));
    assertThat(amount(seen.get(0).getJsonObject("balance"), "balanceDue"))
        .isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void archiveIsIdempotentHidesFromTheListAndRestoreBringsBack() {
    String token = uniqueToken();
    int clientId = Database.createClient(token);
    String path = CLIENTS + "/" + clientId;

    assertThat(delete(path).status()).isEqualTo(204);
    assertThat(delete(path).status()).as("archiving twice").isEqualTo(204);

    assertThat(get(path).json().getString("archivedAt")).isNotBlank();
    assertThat(get(CLIENTS + "?q=" + token).items()).isEmpty();
    assertThat(get(CLIENTS + "?includeArchived=true&q=" + token).items())
        .extracting(item -> item.getInt("id"))
        .containsExactly(clientId);

    Api.Response restored = send("POST", path + "/restore", null, null);
    assertThat(restored.status()).isEqualTo(200);
    assertThat(restored.json().containsKey("archivedAt")).isFalse();
    assertThat(get(CLIENTS + "?q=" + token).items()).hasSize(1);
  }

  @Test
  void staleIfMatchIs412AndUnknownClientsAre404() {
    int clientId = Database.createClient("Rowan" + uniqueToken());
    String path = CLIENTS + "/" + clientId;
    String etag = get(path).header("ETag");
    assertThat(delete(path, "If-Match", etag).status()).isEqualTo(204);

    Api.Response stale = send("POST", path + "/restore", null, null, "If-Match", etag);

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith(PROBLEM_JSON);
    assertThat(get(path).json().getString("archivedAt")).isNotBlank();
    assertThat(get(CLIENTS + "/2147483000").status()).isEqualTo(404);
    assertThat(delete(CLIENTS + "/2147483000").status()).isEqualTo(404);
  }

  @Test
  void badListParametersAre400NamingThem() {
    Api.Response bad = get(CLIENTS + "?limit=0&includeArchived=maybe");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorFields()).containsExactly("includeArchived", "limit");
    assertThat(get(CLIENTS + "?cursor=nope").errorFields()).containsExactly("cursor");
  }

  @Test
  void aPortalUserReadsItsOwnClientOnly() {
    Fixtures fx = Fixtures.get();
    Api.Client couple = fx.clientUser();

    Api.Response own = couple.get(CLIENTS + "/" + fx.clientA());
    Api.Response other = couple.get(CLIENTS + "/" + fx.clientB());
    Api.Response list = couple.get(CLIENTS);
    Api.Response archive = couple.delete(CLIENTS + "/" + fx.clientA());

    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.json().getInt("id")).isEqualTo(fx.clientA());
    assertThat(own.json().getJsonArray("projects").getValuesAs(JsonObject.class))
        .extracting(p -> p.getInt("id"))
        .contains(fx.projectA());
    assertThat(other.status()).isEqualTo(404);
    assertThat(list.status()).isEqualTo(403);
    assertThat(archive.status()).isEqualTo(403);
    assertThat(Team.withRole("Editor").client().get(CLIENTS + "/" + fx.clientA()).status())
        .isEqualTo(403);
  }
}
