package com.projectflo.it.api;

import static com.projectflo.it.api.Operations.MANAGERS;
import static com.projectflo.it.api.Operations.READERS;
import static com.projectflo.it.api.Operations.STAFF;
import static com.projectflo.it.api.Operations.UNASSIGNED;
import static com.projectflo.it.api.Operations.op;

import com.projectflo.it.api.Operations.Operation;
import com.projectflo.it.api.Operations.Request;
import java.util.List;

/**
 * The catalogue entries (see {@link Operations}) of activities, the agenda, communications and the
 * timeline.
 */
final class ActivityOperations {

  private static Integer activityId;
  private static Integer communicationId;

  static void addTo(List<Operations.Operation> ops, Fixtures fx) {
    String activity = "/api/activities/";
    ops.add(
        op(
            "POST",
            "/api/activities",
            () -> Request.json("/api/activities", activityJson(fx.contactId())),
            MANAGERS,
            "activity.create"));
    // Contributors without activities.write list their own activities.
    ops.add(op("GET", "/api/activities", () -> Request.of("/api/activities?limit=5"), STAFF, null));
    ops.add(
        op(
            "GET",
            "/api/activities/{id}",
            () -> Request.of(activity + activityId(fx)),
            MANAGERS,
            null));
    ops.add(
        op(
            "PUT",
            "/api/activities/{id}",
            () -> Request.json(activity + activityId(fx), activityJson(fx.contactId())),
            MANAGERS,
            "activity.update"));
    ops.add(
        op(
            "POST",
            "/api/activities/{id}/complete",
            () -> Request.of(activity + activityId(fx) + "/complete"),
            MANAGERS,
            "activity.complete"));
    ops.add(
        op(
            "POST",
            "/api/activities/{id}/reopen",
            () -> Request.of(activity + activityId(fx) + "/reopen"),
            MANAGERS,
            "activity.reopen"));
    ops.add(
        op(
            "DELETE",
            "/api/activities/{id}",
            () -> Request.of(activity + createActivity(activityJson(fx.contactId()))),
            MANAGERS,
            "activity.delete"));
    ops.add(op("GET", "/api/me/agenda", () -> Request.of("/api/me/agenda?days=7"), STAFF, null));
    // Communications: logged by managers, read by whoever reads contacts.
    ops.add(
        op(
            "POST",
            "/api/communications",
            () -> Request.json("/api/communications", communicationJson(fx.contactId())),
            MANAGERS,
            "communication.create"));
    ops.add(
        op(
            "GET",
            "/api/communications",
            () -> Request.of("/api/communications?limit=5&contactId=" + fx.contactId()),
            READERS,
            null));
    ops.add(
        op(
            "GET",
            "/api/communications/{id}",
            () -> Request.of("/api/communications/" + communicationId(fx)),
            READERS,
            null));
    // The timeline: what reading its subject takes.
    ops.add(
        op(
            "GET",
            "/api/timeline",
            () -> Request.of("/api/timeline?limit=5&contactId=" + fx.contactId()),
            READERS,
            null));
    ops.add(
        new Operation(
            "GET",
            "/api/timeline",
            () -> Request.of("/api/timeline?limit=5&projectId=" + fx.projectA()),
            MANAGERS,
            UNASSIGNED,
            null));
    ops.add(
        op(
            "GET",
            "/api/timeline",
            () ->
                Request.of("/api/timeline?limit=5&inquiryId=" + InquiryFixtures.get().inquiryId()),
            MANAGERS,
            null));
  }

  /** An activity (assigned to the administrator) the catalogue reads and edits. */
  private static synchronized int activityId(Fixtures fx) {
    if (activityId == null) {
      activityId = createActivity(activityJson(fx.contactId()));
    }
    return activityId;
  }

  private static synchronized int communicationId(Fixtures fx) {
    if (communicationId == null) {
      Api.Response created = Api.post("/api/communications", communicationJson(fx.contactId()));
      if (created.status() != 201) {
        throw new AssertionError(created.toString());
      }
      communicationId = created.json().getInt("id");
    }
    return communicationId;
  }

  /** A new activity (as the administrator); returns its id. */
  static int createActivity(String json) {
    Api.Response created = Api.post("/api/activities", json);
    if (created.status() != 201) {
      throw new AssertionError(created.toString());
    }
    return created.json().getInt("id");
  }

  static String activityJson(int contactId) {
    return "{\"type\":\"Call\",\"contactId\":"
        + contactId
        + ",\"title\":\"Call back "
        + Api.uniqueToken()
        + "\",\"dueDate\":\"2031-03-01\"}";
  }

  static String communicationJson(int contactId) {
    return "{\"contactId\":" + contactId + ",\"type\":\"Email\",\"notes\":\"Sent the brochure\"}";
  }

  private ActivityOperations() {}
}
