package com.projectflo.it.api;

import static com.projectflo.it.api.CrewFixtures.insertTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.it.api.CrewFixtures.Booked;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Project expenses, the dashboard's profitability figures (the worked example of
 * docs/profitability.md) and crew capacity over HTTP.
 */
class ProfitabilityApiIT {

  private static String expense(String date, String category, String amount) {
    return "{\"expenseDate\":\""
        + date
        + "\",\"category\":\""
        + category
        + "\",\"amount\":"
        + amount
        + "}";
  }

  private static void record(int projectId, String category, String amount) {
    Api.Response created =
        Api.post(
            "/api/projects/" + projectId + "/expenses", expense("2027-06-12", category, amount));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  @Test
  void dashboardFiguresEqualTheHandComputedExample() {
    Booked booked = CrewFixtures.bookedProject();
    assertThat(booked.price()).isEqualByComparingTo("2350.00");
    LedgerFixtures catalog = booked.catalog();
    LocalDate due = LocalDate.of(2027, 7, 1);
    insertTask(booked, catalog.edit, "Completed", "4.00", "5.50", "50.00", null, due);
    insertTask(booked, catalog.grade, "In Progress", "3.00", "1.25", "42.50", null, due);
    insertTask(booked, catalog.review, "To-Do", "2.50", null, "0.00", null, due);
    insertTask(booked, catalog.edit, "Archived", "6.00", "0.75", "40.00", null, due);
    record(booked.projectId(), "Travel", "120.40");
    record(booked.projectId(), "Equipment Rental", "310.00");
    record(booked.projectId(), "Meals", "45.55");

    Api.Response response = Api.get("/api/projects/" + booked.projectId() + "/dashboard");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonObject dashboard = response.json();
    JsonObject byStatus = dashboard.getJsonObject("tasksByStatus");
    assertThat(byStatus.getInt("To-Do")).isEqualTo(1);
    assertThat(byStatus.getInt("Ready to Start")).isZero();
    assertThat(byStatus.getInt("In Progress")).isEqualTo(1);
    assertThat(byStatus.getInt("Completed")).isEqualTo(1);
    assertThat(byStatus.getInt("Archived")).isEqualTo(1);
    // 4.00 + 3.00 + 2.50 (the archived task's 6.00 is out of scope)
    assertThat(decimal(dashboard, "plannedHours")).isEqualTo("9.50");
    // 5.50 + 1.25 + 0.75
    assertThat(decimal(dashboard, "actualHours")).isEqualTo("7.50");
    // 5.50 × 50.00 + 1.25 × 42.50 + 0.75 × 40.00 = 358.125 → 358.12 (HALF_EVEN)
    assertThat(decimal(dashboard, "labourCost")).isEqualTo("358.12");
    // 120.40 + 310.00 + 45.55
    assertThat(decimal(dashboard, "expensesTotal")).isEqualTo("475.95");
    assertThat(decimal(dashboard, "revenue")).isEqualTo("2350.00");
    // 2350.00 − 358.12 − 475.95
    assertThat(decimal(dashboard, "margin")).isEqualTo("1515.93");
    // 1515.93 / 2350.00 × 100 = 64.5076… → 64.51
    assertThat(decimal(dashboard, "marginPercent")).isEqualTo("64.51");

    // Without revenue there is no margin percentage; unassigned staff do not see the project.
    int bare =
        Database.createProject(Database.createClient("Bare" + Api.uniqueToken()), "No build");
    JsonObject empty = Api.get("/api/projects/" + bare + "/dashboard").json();
    assertThat(decimal(empty, "revenue")).isEqualTo("0.00");
    assertThat(empty.containsKey("marginPercent")).isFalse();
    assertThat(
            Team.withRole("Editor")
                .client()
                .get("/api/projects/" + booked.projectId() + "/dashboard")
                .status())
        .isEqualTo(404);
  }

  private static String decimal(JsonObject json, String name) {
    return json.getJsonNumber(name).bigDecimalValue().toPlainString();
  }

  @Test
  void aNulInTheDescriptionAndYearsBeyond9999Are400NamingTheField() {
    int client = Database.createClient("Edge" + Api.uniqueToken());
    int project = Database.createProject(client, "Edge wedding");
    String expenses = "/api/projects/" + project + "/expenses";
    Api.Response nul =
        Api.post(
            expenses,
            "{\"expenseDate\":\"2027-06-11\",\"category\":\"Travel\",\"amount\":5,"
                + "\"description\":\"taxi\\u0000\"}");
    assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
    assertThat(nul.contentType()).startsWith(Api.PROBLEM_JSON);
    assertThat(nul.errorFields()).containsExactly("description");
    assertThat(Api.get(expenses).items()).isEmpty();

    Api.Response capacity = Api.get("/api/capacity?from=%2B999999999-12-31");
    assertThat(capacity.status()).as(capacity.toString()).isEqualTo(400);
    assertThat(capacity.contentType()).startsWith(Api.PROBLEM_JSON);
    assertThat(capacity.errorFields()).containsExactly("from");
  }

  @Test
  void expensesCrudWithReceiptsValidationAndVersions() {
    int client = Database.createClient("Spend" + Api.uniqueToken());
    int project = Database.createProject(client, "Spend wedding");
    int otherProject = Database.createProject(client, "Other wedding");
    int receipt = DocumentFixtures.uploadToProject(project);
    int foreignReceipt = DocumentFixtures.uploadToProject(otherProject);
    String expenses = "/api/projects/" + project + "/expenses";
    Api.Client manager = Team.withRole("Manager").client();

    Api.Response created =
        manager.post(
            expenses,
            "{\"expenseDate\":\"2027-06-11\",\"category\":\"Music Licensing\",\"description\":"
                + "\" Song licence \",\"amount\":149.90,\"receiptDocumentId\":"
                + receipt
                + ",\"receiptUrl\":\"https://music.example/invoice/7\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject body = created.json();
    String path = expenses + "/" + body.getInt("id");
    assertThat(created.header("Location")).endsWith(path);
    assertThat(body.getString("category")).isEqualTo("Music Licensing");
    assertThat(body.getString("description")).isEqualTo("Song licence");
    assertThat(decimal(body, "amount")).isEqualTo("149.90");
    assertThat(body.getInt("receiptDocumentId")).isEqualTo(receipt);
    assertThat(manager.get(path).json().getString("receiptUrl"))
        .isEqualTo("https://music.example/invoice/7");

    Api.Response bad =
        manager.post(
            expenses,
            "{\"expenseDate\":\"yesterday\",\"category\":\"Snacks\",\"amount\":1.234,"
                + "\"receiptUrl\":\"ftp://files\"}");
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.errorFields())
        .containsExactly("amount", "category", "expenseDate", "receiptUrl");
    assertThat(manager.post(expenses, expense("2027-06-11", "Travel", "-5")).errorFields())
        .containsExactly("amount");
    assertThat(manager.post(expenses, "{\"amount\":5}").errorFields())
        .containsExactly("category", "expenseDate");
    Api.Response foreign =
        manager.post(
            expenses,
            "{\"expenseDate\":\"2027-06-11\",\"category\":\"Travel\",\"amount\":5,"
                + "\"receiptDocumentId\":"
                + foreignReceipt
                + "}");
    assertThat(foreign.errorFields()).containsExactly("receiptDocumentId");
    assertThat(
            ((Number)
                    Database.single(
                        "SELECT COUNT(*) FROM project_expenses WHERE project_id = ?", project))
                .intValue())
        .isEqualTo(1);

    Api.Response stale =
        manager.put(path, expense("2027-06-12", "Travel", "80"), "If-Match", "\"9\"");
    assertThat(stale.status()).isEqualTo(412);
    Api.Response replaced =
        manager.put(
            path, expense("2027-06-12", "Travel", "80"), "If-Match", created.header("ETag"));
    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    assertThat(decimal(replaced.json(), "amount")).isEqualTo("80.00");
    assertThat(replaced.json().containsKey("receiptDocumentId")).isFalse();

    record(project, "Crew", "200");
    List<JsonObject> all = CrewFixtures.all(manager, expenses);
    assertThat(all).hasSize(2);
    Api.Response firstPage = manager.get(expenses + "?limit=1");
    assertThat(firstPage.items())
        .extracting(e -> e.getInt("id"))
        .containsExactly(body.getInt("id"));
    assertThat(firstPage.json().getString("nextCursor")).isNotBlank();

    // An expense is reached through its own project only.
    assertThat(
            manager
                .get("/api/projects/" + otherProject + "/expenses/" + body.getInt("id"))
                .status())
        .isEqualTo(404);
    assertThat(Team.withRole("Editor").client().get(expenses).status()).isEqualTo(404);
    assertThat(manager.delete(path).status()).isEqualTo(204);
    assertThat(manager.get(path).status()).isEqualTo(404);
  }

  @Test
  void capacityFlagsWeeksAboveTheWeeklyCapacity() {
    Booked booked = CrewFixtures.bookedProject();
    int template = booked.catalog().edit;
    Team.Member heavy = Team.create("heavy", Team.roleId("Editor"));
    Team.Member full = Team.create("full", Team.roleId("Editor"));
    // 2035-01-01 is the Monday of 2035-W01.
    LocalDate monday = LocalDate.of(2035, 1, 1);
    insertTask(booked, template, "To-Do", "30.00", null, "50", heavy.id(), monday);
    insertTask(
        booked, template, "In Progress", "15.00", null, "50", heavy.id(), monday.plusDays(4));
    insertTask(
        booked, template, "Ready to Start", "10.00", null, "50", heavy.id(), monday.plusDays(7));
    // Done or out of scope: not planned work.
    insertTask(booked, template, "Completed", "20.00", "20", "50", heavy.id(), monday.plusDays(8));
    insertTask(booked, template, "Archived", "20.00", null, "50", heavy.id(), monday.plusDays(8));
    insertTask(booked, template, "To-Do", "99.00", null, "50", heavy.id(), monday.plusDays(14));
    insertTask(booked, template, "To-Do", "40.00", null, "50", full.id(), monday.plusDays(2));

    Api.Response response = Api.get("/api/capacity?weeks=2&from=2035-01-03");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonObject report = response.json();
    assertThat(report.getString("from")).isEqualTo("2035-01-01");
    assertThat(decimal(report, "weeklyCapacityHours")).isEqualTo("40.00");

    JsonObject heavyLoad = load(report, heavy.id());
    assertThat(heavyLoad.getBoolean("overloaded")).isTrue();
    List<JsonObject> weeks = heavyLoad.getJsonArray("weeks").getValuesAs(JsonObject.class);
    assertThat(weeks).extracting(w -> w.getString("week")).containsExactly("2035-W01", "2035-W02");
    assertThat(weeks).extracting(w -> decimal(w, "plannedHours")).containsExactly("45.00", "10.00");
    assertThat(weeks).extracting(w -> w.getBoolean("overloaded")).containsExactly(true, false);

    JsonObject fullLoad = load(report, full.id());
    assertThat(fullLoad.getBoolean("overloaded")).isFalse();
    assertThat(
            fullLoad
                .getJsonArray("weeks")
                .getJsonObject(0)
                .getJsonNumber("plannedHours")
                .bigDecimalValue())
        .isEqualByComparingTo("40");

    assertThat(Api.get("/api/capacity?weeks=0&from=someday").errorFields())
        .containsExactly("from", "weeks");
    assertThat(Api.get("/api/capacity?weeks=many").errorFields()).containsExactly("weeks");
    assertThat(Team.withRole("Editor").client().get("/api/capacity").status()).isEqualTo(403);
  }

  private static JsonObject load(JsonObject report, int contributorId) {
    return report.getJsonArray("contributors").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getJsonObject("contributor").getInt("id") == contributorId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("contributor " + contributorId + " not listed"));
  }
}
