package com.projectflo.it.api;

import static com.projectflo.it.api.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sending satisfaction surveys, answering them once, and the Net Promoter Score. */
class SurveysApiIT {

  private static final String ANSWER =
      "{\"satisfactionRating\": 9, \"npsScore\": 10, \"feedbackText\": \"  Wonderful film  \"}";

  private final Fixtures fx = Fixtures.get();

  private int freshProjectOfClientA() {
    return Database.createProject(fx.clientA(), "Survey " + Api.uniqueToken());
  }

  private static List<Integer> listedIds(Api.Response list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.items().stream().map(s -> s.getInt("id")).toList();
  }

  private static Object column(String column, int surveyId) {
    return Database.single(
        "SELECT " + column + " FROM client_feedback_surveys WHERE id = ?", surveyId);
  }

  @Test
  void theStudioSendsASurveyAndTheCoupleAnswersItOnce() {
    Team.Member manager = Team.withRole("Manager");
    int project = freshProjectOfClientA();
    String surveys = "/api/projects/" + project + "/surveys";
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    Api.Response sent = manager.client().post(surveys, null);
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    JsonObject survey = sent.json();
    int id = survey.getInt("id");
    assertThat(sent.header("Location")).endsWith("/api/surveys/" + id);
    assertThat(survey.getInt("projectId")).isEqualTo(project);
    assertThat(survey.getString("sentDate")).isEqualTo(today.toString());
    assertThat(survey.getInt("sentByContributorId")).isEqualTo(manager.id());
    assertThat(survey.getBoolean("pending")).isTrue();
    assertThat(survey.containsKey("responseDate")).isFalse();

    Api.Response again = Api.post(surveys, null);
    assertThat(again.status()).as("one pending survey per project").isEqualTo(409);
    assertThat(again.errorFields()).containsExactly("projectId");

    assertThat(listedIds(Api.get(surveys))).containsExactly(id);
    Api.Client couple = fx.clientUser();
    assertThat(listedIds(couple.get("/api/surveys?pending=true&limit=200"))).contains(id);
    assertThat(couple.get("/api/surveys/" + id).status()).isEqualTo(200);

    Api.Response answered = couple.post("/api/surveys/" + id + "/response", ANSWER);
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    JsonObject body = answered.json();
    assertThat(body.getInt("satisfactionRating")).isEqualTo(9);
    assertThat(body.getInt("npsScore")).isEqualTo(10);
    assertThat(body.getString("feedbackText")).isEqualTo("Wonderful film");
    assertThat(body.getString("responseDate")).isEqualTo(today.toString());
    assertThat(body.getBoolean("pending")).isFalse();
    assertThat(column("nps_score", id)).isEqualTo(10);
    assertThat(column("satisfaction_rating", id)).isEqualTo(9);
    assertThat(column("CAST(response_date AS text)", id)).isEqualTo(today.toString());
    assertThat(listedIds(couple.get("/api/surveys?pending=true&limit=200"))).doesNotContain(id);
    assertThat(listedIds(couple.get("/api/surveys?pending=false&limit=200"))).contains(id);

    Api.Response twice =
        couple.post(
            "/api/surveys/" + id + "/response", "{\"satisfactionRating\": 1, \"npsScore\": 0}");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.contentType()).startsWith(PROBLEM_JSON);
    assertThat(column("nps_score", id)).as("the first answer stands").isEqualTo(10);

    assertThat(Api.post(surveys, null).status())
        .as("once answered, another survey may be sent")
        .isEqualTo(201);
  }

  @Test
  void outOfRangeOrMissingAnswersAre400NamingTheFieldAndChangeNothing() {
    int id = DocumentFixtures.freshSurveyOfClientA();
    String path = "/api/surveys/" + id + "/response";
    Api.Client couple = fx.clientUser();
    record Case(String body, String field) {}
    List<Case> cases =
        List.of(
            new Case("{\"satisfactionRating\": 0, \"npsScore\": 5}", "satisfactionRating"),
            new Case("{\"satisfactionRating\": 11, \"npsScore\": 5}", "satisfactionRating"),
            new Case("{\"npsScore\": 5}", "satisfactionRating"),
            new Case("{\"satisfactionRating\": 5, \"npsScore\": -1}", "npsScore"),
            new Case("{\"satisfactionRating\": 5, \"npsScore\": 11}", "npsScore"),
            new Case("{\"satisfactionRating\": 5}", "npsScore"),
            new Case(
                "{\"satisfactionRating\": 5, \"npsScore\": 5, \"feedbackText\": \""
                    + "x".repeat(10_001)
                    + "\"}",
                "feedbackText"));

    for (Case c : cases) {
      Api.Response refused = couple.post(path, c.body());
      assertThat(refused.status()).as(c.body()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
      assertThat(refused.errorFields()).as(c.body()).containsExactly(c.field());
    }
    Api.Response both = couple.post(path, "{\"satisfactionRating\": 12, \"npsScore\": 12}");
    assertThat(both.errorFields()).containsExactly("npsScore", "satisfactionRating");
    assertThat(couple.post(path, "").status()).isEqualTo(400);

    assertThat(column("response_date", id)).isNull();
    assertThat(column("nps_score", id)).isNull();
  }

  @Test
  void anotherClientsSurveyDoesNotExistForAPortalUser() {
    int otherClients = DocumentFixtures.sendSurvey(Database.createProject(fx.clientB(), "Birch"));
    Api.Client couple = fx.clientUser();

    assertThat(couple.post("/api/surveys/" + otherClients + "/response", ANSWER).status())
        .isEqualTo(404);
    assertThat(couple.get("/api/surveys/" + otherClients).status()).isEqualTo(404);
    assertThat(listedIds(couple.get("/api/surveys?limit=200"))).doesNotContain(otherClients);
    assertThat(couple.post("/api/surveys/2147483000/response", ANSWER).status()).isEqualTo(404);
    assertThat(column("response_date", otherClients)).isNull();
  }

  @Test
  void theStudioMayRecordAnAnswerButCrewMayNot() {
    int id = DocumentFixtures.freshSurveyOfClientA();

    assertThat(
            Team.withRole("Editor")
                .client()
                .post("/api/surveys/" + id + "/response", ANSWER)
                .status())
        .isEqualTo(403);
    assertThat(
            Team.withRole("Editor")
                .client()
                .post("/api/projects/" + fx.projectA() + "/surveys", null)
                .status())
        .isEqualTo(403);
    assertThat(fx.clientUser().post("/api/projects/" + fx.projectA() + "/surveys", null).status())
        .isEqualTo(403);
    Api.Response recorded =
        Team.withRole("Manager").client().post("/api/surveys/" + id + "/response", ANSWER);
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(Api.post("/api/projects/2147483000/surveys", null).status()).isEqualTo(404);
  }

  @Test
  void theNetPromoterScoreIsComputedFromTheAnswersOfThePeriod() {
    int project = Database.createProject(fx.clientB(), "NPS " + Api.uniqueToken());
    // (response date, nps, satisfaction): 2033-01-01 .. 2033-06-30 holds the first seven.
    Object[][] answers = {
      {"2033-01-01", 10, 10},
      {"2033-02-14", 9, 9},
      {"2033-03-03", 9, 9},
      {"2033-03-04", 8, 8},
      {"2033-04-05", 7, 7},
      {"2033-05-06", 6, 5},
      {"2033-06-30", 0, 3},
      {"2032-12-31", 0, 1},
      {"2033-07-01", 0, 1}
    };
    for (Object[] answer : answers) {
      Database.execute(
          "INSERT INTO client_feedback_surveys"
              + " (project_id, sent_date, response_date, nps_score, satisfaction_rating)"
              + " VALUES (?, DATE '2032-12-01', CAST(? AS date), ?, ?)",
          project,
          answer[0],
          answer[1],
          answer[2]);
    }

    Api.Response report = Api.get("/api/reports/nps?from=2033-01-01&to=2033-06-30");

    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    JsonObject nps = report.json();
    assertThat(nps.getString("from")).isEqualTo("2033-01-01");
    assertThat(nps.getString("to")).isEqualTo("2033-06-30");
    assertThat(nps.getInt("responses")).isEqualTo(7);
    assertThat(nps.getInt("promoters")).isEqualTo(3);
    assertThat(nps.getInt("passives")).isEqualTo(2);
    assertThat(nps.getInt("detractors")).isEqualTo(2);
    // 100 × (3 − 2) / 7 = 14.285… → 14.3; satisfaction 51 / 7 = 7.285… → 7.29
    assertThat(nps.getJsonNumber("nps").bigDecimalValue()).isEqualTo(new BigDecimal("14.3"));
    assertThat(nps.getJsonNumber("averageSatisfaction").bigDecimalValue())
        .isEqualTo(new BigDecimal("7.29"));

    JsonObject empty = Api.get("/api/reports/nps?from=2034-01-01&to=2034-12-31").json();
    assertThat(empty.getInt("responses")).isZero();
    assertThat(empty.containsKey("nps")).isFalse();
    assertThat(empty.containsKey("averageSatisfaction")).isFalse();
  }

  @Test
  void theReportNeedsTwoDaysInOrder() {
    Api.Response missing = Api.get("/api/reports/nps?to=2033-01-01");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorFields()).containsExactly("from");

    Api.Response invalid = Api.get("/api/reports/nps?from=2033-02-30&to=yesterday");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.errorFields()).containsExactly("from", "to");

    Api.Response inverted = Api.get("/api/reports/nps?from=2033-02-01&to=2033-01-31");
    assertThat(inverted.status()).isEqualTo(400);
    assertThat(inverted.errorFields()).containsExactly("to");

    assertThat(
            Team.withRole("Editor")
                .client()
                .get("/api/reports/nps?from=2033-01-01&to=2033-01-31")
                .status())
        .isEqualTo(403);
  }
}
