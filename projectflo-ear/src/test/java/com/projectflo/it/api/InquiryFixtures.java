package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Objects of the inquiry, client and invitation tests, made through the API (or the database where
 * the API does not create them yet), each created lazily once per test run.
 */
final class InquiryFixtures {

  private static InquiryFixtures instance;

  private Integer inquiryId;
  private Integer spareClientId;

  static synchronized InquiryFixtures get() {
    if (instance == null) {
      instance = new InquiryFixtures();
    }
    return instance;
  }

  /** An inquiry the catalogue reads, edits, archives and restores. */
  synchronized int inquiryId() {
    if (inquiryId == null) {
      inquiryId = createInquiry(leadJson(Api.uniqueToken()));
    }
    return inquiryId;
  }

  /** A client the catalogue archives and restores. */
  synchronized int spareClientId() {
    if (spareClientId == null) {
      spareClientId = Database.createClient("Spruce" + Api.uniqueToken());
    }
    return spareClientId;
  }

  /** A new inquiry (as the administrator); returns its id. */
  static int createInquiry(String json) {
    Api.Response created = Api.post("/api/inquiries", json);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getInt("id");
  }

  /** An inquiry of a new couple whose e-mail and notes contain {@code token}. */
  static String leadJson(String token) {
    return lead(token).build().toString();
  }

  static JsonObjectBuilder lead(String token) {
    return Json.createObjectBuilder()
        .add(
            "contact",
            Json.createObjectBuilder()
                .add("firstName", "Ann")
                .add("lastName", "Lee")
                .add("email", "ann-" + token + "@leads.test"))
        .add("notes", "Barn wedding " + token);
  }

  /** A fresh client's new invitation; returns its token. */
  static String invitationToken() {
    int clientId = Database.createClient("Invited" + Api.uniqueToken());
    Api.Response invited = Api.post("/api/clients/" + clientId + "/invitations", "{}");
    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    return invited.json().getString("token");
  }

  static String acceptJson(String token, String password) {
    return Json.createObjectBuilder()
        .add("token", token)
        .add("password", password)
        .build()
        .toString();
  }

  /** A project (not archived) on a wedding date no other test uses; returns its id. */
  static int createProjectOn(int clientId, String name, LocalDate weddingDate) {
    return ((Number)
            Database.single(
                "INSERT INTO projects (client_id, project_name, wedding_date) VALUES (?, ?, ?)"
                    + " RETURNING id",
                clientId,
                name,
                weddingDate))
        .intValue();
  }

  /** A wedding date far in the future that no other test picks (by chance of 1 in 36,500). */
  static LocalDate uniqueDate() {
    return LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(36_500));
  }

  static JsonObject json(String text) {
    return Json.createReader(new java.io.StringReader(text)).readObject();
  }

  private InquiryFixtures() {}
}
