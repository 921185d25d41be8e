package com.projectflo.it.api;

import static com.projectflo.it.api.CrewFixtures.EVENTS;
import static com.projectflo.it.api.CrewFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The crew calendar over HTTP: events, wedding days, conflicts, availability and ICS feeds. */
class CrewCalendarApiIT {

  private static Team.Member member(String label, String role) {
    return Team.create(label, role == null ? null : Team.roleId(role));
  }

  private static long count(String sql, Object... parameters) {
    return ((Number) Database.single(sql, parameters)).longValue();
  }

  private static List<JsonObject> eventsOf(int contributorId, String type) {
    return CrewFixtures.all(
        Api.asAdmin(), EVENTS + "?contributorId=" + contributorId + "&type=" + type);
  }

  @Test
  void createGetReplaceListPageAndDeleteEvents() {
    Team.Member crew = member("crew", "Editor");
    Api.Client manager = Team.withRole("Manager").client();
    Api.Response created =
        manager.post(
            EVENTS,
            event(
                    crew.id(),
                    "HOLIDAY",
                    "  Studio closed  ",
                    "2031-03-10T00:00:00Z",
                    "2031-03-12T00:00:00Z",
                    true)
                .add("description", "Spring break")
                .build()
                .toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject body = created.json();
    String path = EVENTS + "/" + body.getInt("id");
    assertThat(created.header("Location")).endsWith(path);
    assertThat(created.header("ETag")).isEqualTo("\"" + body.getJsonNumber("version") + "\"");
    assertThat(body.getString("type")).isEqualTo("HOLIDAY");
    assertThat(body.getString("title")).isEqualTo("Studio closed");
    assertThat(body.getString("description")).isEqualTo("Spring break");
    assertThat(body.getJsonObject("contributor").getInt("id")).isEqualTo(crew.id());
    assertThat(body.getBoolean("allDay")).isTrue();
    assertThat(Instant.parse(body.getString("startTime")))
        .isEqualTo(Instant.parse("2031-03-10T00:00:00Z"));

    // The contributor reads its own event.
    assertThat(crew.client().get(path).status()).isEqualTo(200);

    String replacement =
        event(
                crew.id(),
                "ABSENCE",
                "Dentist",
                "2031-03-10T09:00:00Z",
                "2031-03-10T11:00:00Z",
                false)
            .build()
            .toString();
    Api.Response stale = manager.put(path, replacement, "If-Match", "\"99\"");
    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
    Api.Response replaced = manager.put(path, replacement, "If-Match", created.header("ETag"));
    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    assertThat(replaced.json().getString("type")).isEqualTo("ABSENCE");
    assertThat(replaced.json().getBoolean("allDay")).isFalse();
    assertThat(replaced.json().containsKey("description")).isFalse();
    assertThat(replaced.json().getJsonNumber("version").longValue())
        .isGreaterThan(body.getJsonNumber("version").longValue());

    JsonObject second = CrewFixtures.holiday(crew.id(), "2031-03-20");
    CrewFixtures.holiday(crew.id(), "2031-05-01");
    String range =
        EVENTS
            + "?contributorId="
            + crew.id()
            + "&from=2031-03-01T00:00:00Z&to=2031-04-01T00:00:00Z";
    Api.Response first = manager.get(range + "&limit=1");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.items()).extracting(e -> e.getInt("id")).containsExactly(body.getInt("id"));
    Api.Response next =
        manager.get(range + "&limit=1&cursor=" + first.json().getString("nextCursor"));
    assertThat(next.items()).extracting(e -> e.getInt("id")).containsExactly(second.getInt("id"));
    assertThat(next.json().containsKey("nextCursor")).isFalse();

    assertThat(manager.delete(path).status()).isEqualTo(204);
    assertThat(manager.get(path).status()).isEqualTo(404);
  }

  @Test
  void nulCharactersAndYearsBeyond9999Are400NamingTheFieldAndWriteNothing() {
    Team.Member crew = member("edge", "Editor");
    Api.Client admin = Api.asAdmin();

    Api.Response nul =
        admin.post(
            EVENTS,
            event(
                    crew.id(),
                    "ABSENCE",
                    "Dentist",
                    "2031-04-10T10:00:00Z",
                    "2031-04-10T11:00:00Z",
                    false)
                .add("description", "bring\u0000card")
                .build()
                .toString());
    assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
    assertThat(nul.contentType()).startsWith(Api.PROBLEM_JSON);
    assertThat(nul.errorFields()).containsExactly("description");

    Api.Response far =
        admin.post(
            EVENTS,
            event(
                    crew.id(),
                    "ABSENCE",
                    "Sabbatical",
                    "-999999999-01-01T00:00:00Z",
                    "+999999999-12-31T23:59:59Z",
                    false)
                .build()
                .toString());
    assertThat(far.status()).as(far.toString()).isEqualTo(400);
    assertThat(far.contentType()).startsWith(Api.PROBLEM_JSON);
    assertThat(far.errorFields()).containsExactly("endTime", "startTime");
    assertThat(eventsOf(crew.id(), "ABSENCE")).isEmpty();

    Api.Response list = admin.get(EVENTS + "?from=%2B999999999-12-31T23:59:59Z");
    assertThat(list.status()).as(list.toString()).isEqualTo(400);
    assertThat(list.contentType()).startsWith(Api.PROBLEM_JSON);
    assertThat(list.errorFields()).containsExactly("from");
    Api.Response availability = admin.get("/api/calendar/availability?date=%2B999999999-12-31");
    assertThat(availability.status()).as(availability.toString()).isEqualTo(400);
    assertThat(availability.errorFields()).containsExactly("date");
  }

  @Test
  void badInputsNameEveryFieldAndWriteNothing() {
    Team.Member crew = member("bad", "Editor");
    Api.Client admin = Api.asAdmin();

    Api.Response malformed =
        admin.post(
            EVENTS,
            "{\"contributorId\":"
                + crew.id()
                + ",\"type\":\"VACATION\",\"title\":\" \",\"startTime\":\"tomorrow\","
                + "\"endTime\":\"2031-03-10T10:00:00Z\"}");
    assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith(Api.PROBLEM_JSON);
    assertThat(malformed.errorFields()).containsExactly("startTime", "title", "type");

    Api.Response rules =
        admin.post(
            EVENTS,
            event(
                    crew.id(),
                    "PROJECT_ASSIGNMENT",
                    "Wedding",
                    "2031-03-10T10:00:00Z",
                    "2031-03-10T09:00:00Z",
                    true)
                .build()
                .toString());
    assertThat(rules.status()).as(rules.toString()).isEqualTo(400);
    assertThat(rules.errorFields()).containsExactly("endTime", "projectId", "startTime");
    assertThat(
            admin
                .post(
                    EVENTS,
                    event(
                            crew.id(),
                            "ABSENCE",
                            "Half a day too long",
                            "2031-03-10T00:00:00Z",
                            "2031-03-11T12:00:00Z",
                            true)
                        .build()
                        .toString())
                .errorFields())
        .containsExactly("endTime");

    Api.Response references =
        admin.post(
            EVENTS,
            event(
                    999_999,
                    "EXTERNAL_SYNC",
                    "Synced",
                    "2031-03-10T09:00:00Z",
                    "2031-03-10T10:00:00Z",
                    false)
                .add("projectId", 999_999)
                .build()
                .toString());
    assertThat(references.status()).as(references.toString()).isEqualTo(400);
    assertThat(references.errorFields()).containsExactly("contributorId", "projectId", "type");

    assertThat(admin.post(EVENTS, null).status()).isEqualTo(400);
    assertThat(admin.get(EVENTS + "?from=soon&limit=0").errorFields())
        .containsExactly("from", "limit");
    assertThat(
            admin.get(EVENTS + "?from=2031-03-10T00:00:00Z&to=2031-03-09T00:00:00Z").errorFields())
        .containsExactly("to");
    assertThat(count("SELECT COUNT(*) FROM calendar_events WHERE contributor_id = ?", crew.id()))
        .isZero();
  }

  @Test
  void withoutCalendarWriteAContributorManagesOnlyItsOwnPersonalAndAbsenceEvents() {
    Team.Member freelancer = member("free", "Freelancer");
    Team.Member other = member("other", "Editor");
    Api.Client client = freelancer.client();
    String own =
        event(null, "PERSONAL", "Gym", "2031-04-01T07:00:00Z", "2031-04-01T08:00:00Z", false)
            .build()
            .toString();
    Api.Response created = client.post(EVENTS, own);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getJsonObject("contributor").getInt("id")).isEqualTo(freelancer.id());
    String path = EVENTS + "/" + created.json().getInt("id");

    assertThat(
            client.post(EVENTS, CrewFixtures.holidayJson(freelancer.id(), "2031-04-02")).status())
        .isEqualTo(403);
    assertThat(
            client
                .post(
                    EVENTS,
                    event(
                            other.id(),
                            "PERSONAL",
                            "Not mine",
                            "2031-04-01T07:00:00Z",
                            "2031-04-01T08:00:00Z",
                            false)
                        .build()
                        .toString())
                .status())
        .isEqualTo(403);
    assertThat(client.put(path, CrewFixtures.holidayJson(freelancer.id(), "2031-04-02")).status())
        .isEqualTo(403);
    // Someone else's event is not the freelancer's to change.
    JsonObject holiday = CrewFixtures.holiday(other.id(), "2031-04-03");
    assertThat(client.delete(EVENTS + "/" + holiday.getInt("id")).status()).isEqualTo(403);
    assertThat(client.delete(path).status()).isEqualTo(204);
    // A portal user has no calendar.
    assertThat(Fixtures.get().clientUser().get(EVENTS).status()).isEqualTo(403);
  }

  @Test
  void puttingAContributorOnAProjectAddsItsWeddingDayAndTakingItOffRemovesIt() {
    Team.Member crew = member("wed", "Videographer");
    int project =
        Database.createProject(Database.createClient("Wed" + Api.uniqueToken()), "Rose wedding");
    String assignment = "/api/projects/" + project + "/assignments/" + crew.id();
    long before = Database.maxAuditId();
    Api.Response put = Api.put(assignment, "{\"roleId\":" + Team.roleId("Editor") + "}");
    assertThat(put.status()).as(put.toString()).isIn(200, 201);
    assertThat(Database.auditActionsAfter(before)).containsExactly("project_assignment.create");

    List<JsonObject> events = eventsOf(crew.id(), "PROJECT_ASSIGNMENT");
    assertThat(events).hasSize(1);
    JsonObject wedding = events.get(0);
    assertThat(wedding.getInt("projectId")).isEqualTo(project);
    assertThat(wedding.getBoolean("allDay")).isTrue();
    assertThat(wedding.getString("title")).isEqualTo("Wedding: Rose wedding");
    assertThat(Instant.parse(wedding.getString("startTime")))
        .isEqualTo(Instant.parse("2027-06-12T00:00:00Z"));
    assertThat(Instant.parse(wedding.getString("endTime")))
        .isEqualTo(Instant.parse("2027-06-13T00:00:00Z"));

    // A role change is not a new assignment: still one event.
    Api.put(assignment, "{\"roleId\":" + Team.roleId("Videographer") + "}");
    assertThat(eventsOf(crew.id(), "PROJECT_ASSIGNMENT")).hasSize(1);

    assertThat(Api.delete(assignment).status()).isEqualTo(204);
    assertThat(eventsOf(crew.id(), "PROJECT_ASSIGNMENT")).isEmpty();
  }

  @Test
  void conflictsFindDoubleBookingsAndOverlaps() {
    Team.Member crew = member("busy", "Editor");
    int client = Database.createClient("Busy" + Api.uniqueToken());
    for (int project :
        List.of(Database.createProject(client, "Ash"), Database.createProject(client, "Oak"))) {
      Api.put(
          "/api/projects/" + project + "/assignments/" + crew.id(),
          "{\"roleId\":" + Team.roleId("Editor") + "}");
    }
    Api.post(
        EVENTS,
        event(crew.id(), "ABSENCE", "Doctor", "2027-06-12T10:00:00Z", "2027-06-12T12:00:00Z", false)
            .build()
            .toString());
    // Not overlapping anything: the day after.
    CrewFixtures.holiday(crew.id(), "2027-06-13");

    String conflicts = "/api/contributors/" + crew.id() + "/conflicts";
    Api.Response found = crew.client().get(conflicts + "?from=2027-06-01&to=2027-06-30");
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    List<JsonObject> items = found.json().getJsonArray("conflicts").getValuesAs(JsonObject.class);
    assertThat(items)
        .extracting(c -> c.getString("kind"))
        .containsExactlyInAnyOrder("double-booking", "overlap", "overlap");
    JsonObject doubleBooking =
        items.stream().filter(c -> c.getString("kind").equals("double-booking")).findFirst().get();
    assertThat(doubleBooking.getJsonObject("first").getString("type"))
        .isEqualTo("PROJECT_ASSIGNMENT");
    assertThat(doubleBooking.getJsonObject("second").getString("type"))
        .isEqualTo("PROJECT_ASSIGNMENT");

    assertThat(
            Api.get(conflicts + "?from=2027-07-01&to=2027-07-31").json().getJsonArray("conflicts"))
        .isEmpty();
    assertThat(Api.get(conflicts + "?from=2027-06-30&to=2027-06-01").errorFields())
        .containsExactly("to");
    assertThat(Api.get(conflicts + "?to=2027-06-01").errorFields()).containsExactly("from");
    assertThat(Api.get(conflicts + "?from=2027-01-01&to=2028-06-01").errorFields())
        .containsExactly("to");
    assertThat(Api.get("/api/contributors/999999/conflicts?from=2027-06-01&to=2027-06-02").status())
        .isEqualTo(404);
  }

  @Test
  void availabilityListsFreeContributorsWithTheRateTheyWouldCharge() {
    Team.Member skilled = member("skilled", "Editor");
    Team.Member plain = member("plain", "Editor");
    Team.Member away = member("away", "Editor");
    int template =
        ((Number)
                Database.single(
                    "INSERT INTO task_templates (name, pricing_type, hourly_rate)"
                        + " VALUES (?, 'Hourly', 50.00) RETURNING id",
                    "Colour " + Api.uniqueToken()))
            .intValue();
    Database.execute(
        "INSERT INTO contributor_skill_rates (contributor_id, task_template_id, rate)"
            + " VALUES (?, ?, 62.50)",
        skilled.id(),
        template);
    String day = "2032-02-1" + (1 + (int) (Math.random() * 8));
    CrewFixtures.holiday(away.id(), day);

    List<JsonObject> free =
        CrewFixtures.all(
            Team.withRole("Freelancer").client(),
            "/api/calendar/availability?date=" + day + "&taskTemplateId=" + template);
    JsonObject skilledRow = row(free, skilled.id());
    assertThat(skilledRow.getJsonNumber("rate").bigDecimalValue()).isEqualByComparingTo("62.50");
    assertThat(skilledRow.getString("rateSource")).isEqualTo("skill");
    JsonObject plainRow = row(free, plain.id());
    assertThat(plainRow.getJsonNumber("rate").bigDecimalValue()).isEqualByComparingTo("45.00");
    assertThat(plainRow.getString("rateSource")).isEqualTo("default");
    assertThat(free).noneMatch(r -> r.getJsonObject("contributor").getInt("id") == away.id());

    // The day after, the absent contributor is free again.
    List<JsonObject> nextDay =
        CrewFixtures.all(
            Api.asAdmin(), "/api/calendar/availability?date=" + LocalDate.parse(day).plusDays(1));
    assertThat(row(nextDay, away.id()).getString("rateSource")).isEqualTo("default");

    assertThat(Api.get("/api/calendar/availability").errorFields()).containsExactly("date");
    assertThat(
            Api.get("/api/calendar/availability?date=" + day + "&taskTemplateId=999999")
                .errorFields())
        .containsExactly("taskTemplateId");
    assertThat(Fixtures.get().clientUser().get("/api/calendar/availability?date=" + day).status())
        .isEqualTo(403);
  }

  private static JsonObject row(List<JsonObject> rows, int contributorId) {
    return rows.stream()
        .filter(r -> r.getJsonObject("contributor").getInt("id") == contributorId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("contributor " + contributorId + " not listed"));
  }

  @Test
  void icsFeedRoundTripsThroughIcal4jAndARotatedOrRevokedSecretAnswers404() throws Exception {
    Team.Member crew = member("ics", "Freelancer");
    LocalDate day = LocalDate.now().plusDays(30);
    JsonObject holiday = CrewFixtures.holiday(crew.id(), day.toString());
    String start = day.plusDays(1) + "T14:00:00Z";
    String end = day.plusDays(1) + "T16:30:00Z";
    Api.Response personal =
        crew.client()
            .post(
                EVENTS,
                event(null, "PERSONAL", "Drone licence exam", start, end, false)
                    .add("description", "Bring ID")
                    .build()
                    .toString());
    assertThat(personal.status()).as(personal.toString()).isEqualTo(201);

    String feedPath = "/api/contributors/" + crew.id() + "/calendar-feed";
    assertThat(Team.withRole("Editor").client().post(feedPath, null).status()).isEqualTo(403);
    Api.Response issued = crew.client().post(feedPath, null);
    assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
    String url = issued.json().getString("url");
    String secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    assertThat(url).contains("/api/calendar/feeds/").endsWith(".ics");
    assertThat(
            Database.single(
                "SELECT secret_hash FROM calendar_feeds WHERE contributor_id = ?", crew.id()))
        .isEqualTo(sha256(secret));
    JsonObject status = crew.client().get(feedPath).json();
    assertThat(status.getBoolean("active")).isTrue();
    assertThat(status.containsKey("url")).isFalse();

    Api.Response feed = Api.anonymous().get(URI.create(url).getPath());
    assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
    assertThat(feed.contentType()).startsWith("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    VEvent allDay = byUid(events, "calendar-event-" + holiday.getInt("id") + "@projectflo");
    assertThat(value(allDay, Property.SUMMARY)).isEqualTo("Holiday");
    assertThat(value(allDay, Property.DTSTART)).isEqualTo(day.toString().replace("-", ""));
    assertThat(value(allDay, Property.DTEND))
        .isEqualTo(day.plusDays(1).toString().replace("-", ""));
    assertThat(value(allDay, Property.CATEGORIES)).isEqualTo("HOLIDAY");
    VEvent timed = byUid(events, "calendar-event-" + personal.json().getInt("id") + "@projectflo");
    assertThat(value(timed, Property.SUMMARY)).isEqualTo("Drone licence exam");
    assertThat(value(timed, Property.DESCRIPTION)).isEqualTo("Bring ID");
    assertThat(value(timed, Property.DTSTART))
        .isEqualTo(day.plusDays(1).toString().replace("-", "") + "T140000Z");
    assertThat(value(timed, Property.DTEND))
        .isEqualTo(day.plusDays(1).toString().replace("-", "") + "T163000Z");

    String rotated = crew.client().post(feedPath, null).json().getString("url");
    assertThat(Api.anonymous().get(URI.create(url).getPath()).status()).isEqualTo(404);
    assertThat(Api.anonymous().get(URI.create(rotated).getPath()).status()).isEqualTo(200);
    assertThat(crew.client().delete(feedPath).status()).isEqualTo(204);
    assertThat(Api.anonymous().get(URI.create(rotated).getPath()).status()).isEqualTo(404);
    assertThat(crew.client().get(feedPath).json().getBoolean("active")).isFalse();
    assertThat(Api.anonymous().get("/api/calendar/feeds/not-a-secret.ics").status()).isEqualTo(404);
  }

  private static VEvent byUid(List<VEvent> events, String uid) {
    return events.stream()
        .filter(e -> uid.equals(value(e, Property.UID)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no VEVENT " + uid));
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse(null);
  }

  private static String sha256(String secret) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
