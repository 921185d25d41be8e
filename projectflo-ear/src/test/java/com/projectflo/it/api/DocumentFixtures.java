package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/**
 * Shared objects of the document, survey and report tests, created once per test run on top of
 * {@link Fixtures}: an inquiry, an active document of project A, a second project of client A with
 * a pending survey. Inquiries and builds are inserted with JDBC (their API is another feature's).
 */
final class DocumentFixtures {

  private static DocumentFixtures instance;

  private final Fixtures fx;
  private final int inquiryId;
  private final int projectDocumentId;
  private final int surveyProjectId;
  private final int surveyId;

  private DocumentFixtures(Fixtures fx) {
    this.fx = fx;
    this.inquiryId = createInquiry("New", null, null, OffsetDateTime.now());
    this.projectDocumentId = uploadToProject(fx.projectA());
    this.surveyProjectId = Database.createProject(fx.clientA(), "Alder anniversary");
    this.surveyId = sendSurvey(surveyProjectId);
  }

  static synchronized DocumentFixtures get() {
    if (instance == null) {
      instance = new DocumentFixtures(Fixtures.get());
    }
    return instance;
  }

  int inquiryId() {
    return inquiryId;
  }

  /** An active document of project A (client A's portal user may read it). */
  int projectDocumentId() {
    return projectDocumentId;
  }

  /** A survey awaiting an answer on a project of client A. */
  int surveyId() {
    return surveyId;
  }

  int surveyProjectId() {
    return surveyProjectId;
  }

  Fixtures base() {
    return fx;
  }

  /** Uploads a small text document to a project as the administrator; returns its id. */
  static int uploadToProject(int projectId) {
    Api.Response created =
        Multipart.post(
            Api.asAdmin(),
            "/api/projects/" + projectId + "/documents",
            Multipart.upload(
                "notes.txt", "text/plain", "shot list".getBytes(StandardCharsets.UTF_8)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getInt("id");
  }

  /** Sends a survey to a project's client as the administrator; returns its id. */
  static int sendSurvey(int projectId) {
    Api.Response sent = Api.post("/api/projects/" + projectId + "/surveys", null);
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    return sent.json().getInt("id");
  }

  /** A fresh survey awaiting an answer, on a new project of client A. */
  static int freshSurveyOfClientA() {
    return sendSurvey(
        Database.createProject(Fixtures.get().clientA(), "Alder " + Api.uniqueToken()));
  }

  /** A contact for inquiries, inserted with JDBC; returns its id. */
  static int createContact() {
    String token = Api.uniqueToken();
    return ((Number)
            Database.single(
                "INSERT INTO contacts (first_name, last_name, email, type)"
                    + " VALUES ('Lead', ?, ?, 'Client Lead') RETURNING id",
                token,
                "lead-" + token + "@leads.test"))
        .intValue();
  }

  /** An inquiry created at {@code createdAt}; returns its id. */
  static int createInquiry(
      String status, String leadSource, String campaign, OffsetDateTime createdAt) {
    return createInquiry(status, leadSource, campaign, createdAt, null, null, null);
  }

  static int createInquiry(
      String status,
      String leadSource,
      String campaign,
      OffsetDateTime createdAt,
      OffsetDateTime firstContactedAt,
      OffsetDateTime bookedAt,
      String lostReason) {
    return ((Number)
            Database.single(
                "INSERT INTO inquiries (contact_id, status, lead_source, campaign_id, created_at,"
                    + " status_changed_at, first_contacted_at, booked_at, lost_reason)"
                    + " VALUES (?, CAST(? AS inquiries_status), ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                createContact(),
                status,
                leadSource,
                campaign,
                createdAt,
                createdAt,
                firstContactedAt,
                bookedAt,
                lostReason))
        .intValue();
  }

  /** A build of an inquiry with its approved price. */
  static void createBuild(int inquiryId, String status, String approvedPrice) {
    Database.execute(
        "INSERT INTO builds (inquiry_id, status, approved_price)"
            + " VALUES (?, CAST(? AS builds_status), CAST(? AS numeric))",
        inquiryId,
        status,
        approvedPrice);
  }
}
