package com.projectflo.it.api;

import static com.projectflo.it.api.Operations.ADMINS;
import static com.projectflo.it.api.Operations.EVERYONE;
import static com.projectflo.it.api.Operations.MANAGERS;
import static com.projectflo.it.api.Operations.READERS;
import static com.projectflo.it.api.Operations.STAFF;
import static com.projectflo.it.api.Operations.UNASSIGNED;
import static com.projectflo.it.api.Operations.op;

import com.projectflo.it.api.Operations.Operation;
import com.projectflo.it.api.Operations.Request;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * The catalogue entries (see {@link Operations}) of the crew calendar, ICS feeds, project expenses,
 * the dashboard and capacity. Calendar writes need calendar.write (the Freelancer lacks it for
 * another's HOLIDAY); expenses and the dashboard are project-scoped (unassigned staff: 404; the
 * portal user of the project's client: 403).
 */
final class CrewOperations {

  private static final String EVENTS = CrewFixtures.EVENTS;
  private static Integer eventId;
  private static Integer expenseId;

  static void addTo(List<Operation> ops, Fixtures fx) {
    ops.add(
        op(
            "POST",
            EVENTS,
            () -> Request.json(EVENTS, CrewFixtures.holidayJson(fx.targetId(), "2031-02-03")),
            READERS,
            "calendar_event.create"));
    ops.add(op("GET", EVENTS, () -> Request.of(EVENTS + "?limit=5"), STAFF, null));
    ops.add(op("GET", EVENTS + "/{id}", () -> Request.of(EVENTS + "/" + event(fx)), STAFF, null));
    ops.add(
        op(
            "PUT",
            EVENTS + "/{id}",
            () ->
                Request.json(
                    EVENTS + "/" + event(fx),
                    CrewFixtures.holidayJson(fx.targetId(), "2031-02-04")),
            READERS,
            "calendar_event.update"));
    ops.add(
        op(
            "DELETE",
            EVENTS + "/{id}",
            () ->
                Request.of(
                    EVENTS + "/" + CrewFixtures.holiday(fx.targetId(), "2031-02-05").getInt("id")),
            READERS,
            "calendar_event.delete"));
    ops.add(
        op(
            "GET",
            "/api/calendar/availability",
            () -> Request.of("/api/calendar/availability?date=2031-02-06&limit=5"),
            STAFF,
            null));
    ops.add(
        op(
            "GET",
            "/api/contributors/{id}/conflicts",
            () ->
                Request.of(
                    "/api/contributors/"
                        + fx.targetId()
                        + "/conflicts?from=2031-02-01&to=2031-02-28"),
            STAFF,
            null));
    String feed = "/api/contributors/%d/calendar-feed";
    ops.add(
        op(
            "GET",
            "/api/contributors/{id}/calendar-feed",
            () -> Request.of(feed.formatted(fx.targetId())),
            ADMINS,
            null));
    ops.add(
        op(
            "POST",
            "/api/contributors/{id}/calendar-feed",
            () -> Request.of(feed.formatted(fx.targetId())),
            ADMINS,
            "calendar_feed.issue"));
    ops.add(
        op(
            "DELETE",
            "/api/contributors/{id}/calendar-feed",
            () -> {
              Api.post(feed.formatted(fx.targetId()), null);
              return Request.of(feed.formatted(fx.targetId()));
            },
            ADMINS,
            "calendar_feed.revoke"));
    ops.add(
        op(
            "GET",
            "/api/calendar/feeds/{secret}.ics",
            () -> {
              String url = Api.post(feed.formatted(fx.targetId()), null).json().getString("url");
              return Request.of(URI.create(url).getPath());
            },
            EVERYONE,
            null));
    // Project-scoped: expenses and the dashboard of project A.
    String expenses = "/api/projects/" + fx.projectA() + "/expenses";
    project(
        ops,
        "POST",
        "/api/projects/{projectId}/expenses",
        () -> Request.json(expenses, expenseJson()),
        "project_expense.create");
    project(ops, "GET", "/api/projects/{projectId}/expenses", () -> Request.of(expenses), null);
    project(
        ops,
        "GET",
        "/api/projects/{projectId}/expenses/{expenseId}",
        () -> Request.of(expenses + "/" + expense(expenses)),
        null);
    project(
        ops,
        "PUT",
        "/api/projects/{projectId}/expenses/{expenseId}",
        () -> Request.json(expenses + "/" + expense(expenses), expenseJson()),
        "project_expense.update");
    project(
        ops,
        "DELETE",
        "/api/projects/{projectId}/expenses/{expenseId}",
        () -> Request.of(expenses + "/" + newExpense(expenses)),
        "project_expense.delete");
    project(
        ops,
        "GET",
        "/api/projects/{projectId}/dashboard",
        () -> Request.of("/api/projects/" + fx.projectA() + "/dashboard"),
        null);
    ops.add(
        op(
            "GET",
            "/api/capacity",
            () -> Request.of("/api/capacity?weeks=2&from=2031-02-03"),
            MANAGERS,
            null));
  }

  private static void project(
      List<Operation> ops,
      String method,
      String template,
      Supplier<Request> request,
      String audit) {
    ops.add(new Operation(method, template, request, MANAGERS, UNASSIGNED, audit));
  }

  static String expenseJson() {
    return "{\"expenseDate\":\"2027-06-10\",\"category\":\"Travel\",\"description\":\"Fuel\","
        + "\"amount\":42.50}";
  }

  private static synchronized int event(Fixtures fx) {
    if (eventId == null) {
      eventId = CrewFixtures.holiday(fx.targetId(), "2031-02-07").getInt("id");
    }
    return eventId;
  }

  private static synchronized int expense(String expenses) {
    if (expenseId == null) {
      expenseId = newExpense(expenses);
    }
    return expenseId;
  }

  private static int newExpense(String expenses) {
    Api.Response created = Api.post(expenses, expenseJson());
    if (created.status() != 201) {
      throw new IllegalStateException(created.toString());
    }
    return created.json().getInt("id");
  }

  private CrewOperations() {}
}
