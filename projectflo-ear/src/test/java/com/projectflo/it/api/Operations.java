package com.projectflo.it.api;

import static com.projectflo.it.api.Api.credentials;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every operation of the API with a valid request, who may call it, and the audit action it writes.
 * The authorization matrix and the audit-completeness test both run this catalogue, and both fail
 * when the OpenAPI document lists an operation that is not in it.
 */
final class Operations {

  static final String ANONYMOUS = "anonymous";
  static final String CLIENT = "client";
  static final List<String> CALLERS =
      List.of(ANONYMOUS, "Admin", "Manager", "Editor", "Videographer", "Freelancer", CLIENT);

  static final Set<String> EVERYONE =
      Set.of(ANONYMOUS, "Admin", "Manager", "Editor", "Videographer", "Freelancer", CLIENT);
  static final Set<String> SIGNED_IN =
      Set.of("Admin", "Manager", "Editor", "Videographer", "Freelancer", CLIENT);
  static final Set<String> STAFF =
      Set.of("Admin", "Manager", "Editor", "Videographer", "Freelancer");
  static final Set<String> READERS = Set.of("Admin", "Manager", "Editor", "Videographer");
  static final Set<String> MANAGERS = Set.of("Admin", "Manager");
  static final Set<String> ADMINS = Set.of("Admin");
  static final Set<String> UNASSIGNED = Set.of("Editor", "Videographer", "Freelancer");

  /**
   * One request: path with its ids filled in, body and content type (both may be null), and extra
   * headers as name, value pairs.
   */
  record Request(String path, String body, String contentType, String... headers) {
    static Request of(String path) {
      return new Request(path, null, null);
    }

    static Request json(String path, String body) {
      return new Request(path, body, Api.JSON);
    }
  }

  /**
   * An operation: {@code allowed} callers pass authorization, {@code hidden} ones get 404 (the
   * object is not theirs to see), everyone else 403 (401 when anonymous). {@code auditAction} is
   * what one call as an administrator writes to the audit log (null for reads).
   */
  record Operation(
      String method,
      String path,
      Supplier<Request> request,
      Set<String> allowed,
      Set<String> hidden,
      String auditAction) {

    String key() {
      return method + " " + path;
    }

    boolean mutates() {
      return !method.equals("GET");
    }
  }

  static List<Operation> all(Fixtures fx) {
    List<Operation> ops = new ArrayList<>();
    // Authentication: open to everyone, with valid credentials.
    ops.add(
        op(
            "POST",
            "/api/auth/login",
            () -> Request.json("/api/auth/login", credentials(fx.editor().email(), Team.PASSWORD)),
            EVERYONE,
            "auth.login"));
    ops.add(
        op(
            "POST",
            "/api/auth/client-login",
            () ->
                Request.json(
                    "/api/auth/client-login", credentials(fx.clientUserEmail(), Team.PASSWORD)),
            EVERYONE,
            "auth.client_login"));
    ops.add(
        op(
            "POST",
            "/api/auth/refresh",
            () -> Request.json("/api/auth/refresh", refreshBody(fx)),
            EVERYONE,
            "auth.refresh"));
    ops.add(
        op(
            "POST",
            "/api/auth/logout",
            () -> Request.json("/api/auth/logout", refreshBody(fx)),
            EVERYONE,
            "auth.logout"));
    // Me.
    ops.add(op("GET", "/api/me", () -> Request.of("/api/me"), SIGNED_IN, null));
    ops.add(
        op(
            "POST",
            "/api/me/password",
            () ->
                Request.json(
                    "/api/me/password",
                    "{\"currentPassword\":\""
                        + Team.PASSWORD
                        + "\",\"newPassword\":\""
                        + Team.PASSWORD
                        + "\"}"),
            STAFF,
            "contributor.change_password"));
    // Contacts.
    String contact = "/api/contacts/";
    ops.add(op("GET", "/api/contacts", () -> Request.of("/api/contacts?limit=5"), READERS, null));
    ops.add(
        op(
            "POST",
            "/api/contacts",
            () -> Request.json("/api/contacts", contactJson()),
            MANAGERS,
            "contact.create"));
    ops.add(
        op("GET", "/api/contacts/{id}", () -> Request.of(contact + fx.contactId()), READERS, null));
    ops.add(
        op(
            "PUT",
            "/api/contacts/{id}",
            () -> Request.json(contact + fx.contactId(), contactJson()),
            MANAGERS,
            "contact.update"));
    ops.add(
        op(
            "PATCH",
            "/api/contacts/{id}",
            () ->
                new Request(
                    contact + fx.contactId(), "{\"phoneNumber\":\"+1 555 0100\"}", Api.MERGE_PATCH),
            MANAGERS,
            "contact.update"));
    ops.add(
        op(
            "DELETE",
            "/api/contacts/{id}",
            () -> Request.of(contact + fx.contactId()),
            MANAGERS,
            "contact.archive"));
    ops.add(
        op(
            "POST",
            "/api/contacts/{id}/restore",
            () -> Request.of(contact + fx.contactId() + "/restore"),
            MANAGERS,
            "contact.restore"));
    // Contributors.
    String contributor = "/api/contributors/";
    ops.add(
        op(
            "GET",
            "/api/contributors",
            () -> Request.of("/api/contributors?limit=5"),
            READERS,
            null));
    ops.add(
        op(
            "POST",
            "/api/contributors",
            () ->
                Request.json(
                    "/api/contributors",
                    Team.contributorJson("new-" + Api.uniqueToken() + "@team.test", null)),
            ADMINS,
            "contributor.create"));
    ops.add(
        op(
            "GET",
            "/api/contributors/{id}",
            () -> Request.of(contributor + fx.targetId()),
            READERS,
            null));
    ops.add(
        op(
            "PUT",
            "/api/contributors/{id}",
            () ->
                Request.json(
                    contributor + fx.targetId(),
                    "{\"contributorType\":\"Freelance\",\"defaultHourlyRate\":52.5}"),
            ADMINS,
            "contributor.update"));
    ops.add(
        op(
            "DELETE",
            "/api/contributors/{id}",
            () -> Request.of(contributor + fx.targetId()),
            ADMINS,
            "contributor.archive"));
    ops.add(
        op(
            "POST",
            "/api/contributors/{id}/restore",
            () -> Request.of(contributor + fx.targetId() + "/restore"),
            ADMINS,
            "contributor.restore"));
    ops.add(
        op(
            "PUT",
            "/api/contributors/{id}/role",
            () ->
                Request.json(
                    contributor + fx.targetId() + "/role",
                    "{\"roleId\":" + Team.roleId("Freelancer") + "}"),
            ADMINS,
            "contributor.set_role"));
    ops.add(
        op(
            "POST",
            "/api/contributors/{id}/password",
            () ->
                Request.json(
                    contributor + fx.targetId() + "/password",
                    "{\"newPassword\":\"" + Team.PASSWORD + "\"}"),
            ADMINS,
            "contributor.reset_password"));
    String calendar = contributor + "%d/calendar-token";
    ops.add(
        op(
            "GET",
            "/api/contributors/{id}/calendar-token",
            () -> Request.of(calendar.formatted(fx.targetId())),
            ADMINS,
            null));
    ops.add(
        op(
            "PUT",
            "/api/contributors/{id}/calendar-token",
            () -> Request.json(calendar.formatted(fx.targetId()), calendarJson()),
            ADMINS,
            "calendar_token.register"));
    ops.add(
        op(
            "DELETE",
            "/api/contributors/{id}/calendar-token",
            () -> {
              Api.put(calendar.formatted(fx.targetId()), calendarJson());
              return Request.of(calendar.formatted(fx.targetId()));
            },
            ADMINS,
            "calendar_token.remove"));
    // Roles and permissions.
    ops.add(op("GET", "/api/roles", () -> Request.of("/api/roles"), READERS, null));
    ops.add(
        op("GET", "/api/roles/{id}", () -> Request.of("/api/roles/" + fx.roleId()), READERS, null));
    ops.add(op("GET", "/api/permissions", () -> Request.of("/api/permissions"), READERS, null));
    ops.add(
        op(
            "POST",
            "/api/roles",
            () -> Request.json("/api/roles", roleJson("Role " + Api.uniqueToken())),
            ADMINS,
            "role.create"));
    ops.add(
        op(
            "PUT",
            "/api/roles/{id}",
            () -> Request.json("/api/roles/" + fx.roleId(), roleJson(fx.roleName())),
            ADMINS,
            "role.update"));
    ops.add(
        op(
            "DELETE",
            "/api/roles/{id}",
            () ->
                Request.of(
                    "/api/roles/"
                        + Api.post("/api/roles", roleJson("Doomed " + Api.uniqueToken()))
                            .json()
                            .getInt("id")),
            ADMINS,
            "role.delete"));
    // Client portal users.
    String clientUser = "/api/client-users/";
    ops.add(
        op(
            "GET",
            "/api/client-users",
            () -> Request.of("/api/client-users?limit=5"),
            MANAGERS,
            null));
    ops.add(
        op(
            "GET",
            "/api/client-users/{id}",
            () -> Request.of(clientUser + fx.spareClientUserId()),
            MANAGERS,
            null));
    ops.add(
        op(
            "POST",
            "/api/client-users",
            () ->
                Request.json(
                    "/api/client-users",
                    clientUserJson(Database.createClient("Fresh" + Api.uniqueToken()))),
            MANAGERS,
            "client_user.create"));
    ops.add(
        op(
            "POST",
            "/api/client-users/{id}/disable",
            () -> Request.of(clientUser + fx.spareClientUserId() + "/disable"),
            MANAGERS,
            "client_user.disable"));
    ops.add(
        op(
            "POST",
            "/api/client-users/{id}/enable",
            () -> Request.of(clientUser + fx.spareClientUserId() + "/enable"),
            MANAGERS,
            "client_user.enable"));
    // Projects: contributors who are not assigned do not see the project at all.
    String project = "/api/projects/" + "%d";
    ops.add(op("GET", "/api/projects", () -> Request.of("/api/projects"), SIGNED_IN, null));
    ops.add(
        new Operation(
            "GET",
            "/api/projects/{id}",
            () -> Request.of(project.formatted(fx.projectA())),
            Set.of("Admin", "Manager", CLIENT),
            UNASSIGNED,
            null));
    ops.add(
        new Operation(
            "GET",
            "/api/projects/{id}/assignments",
            () -> Request.of(project.formatted(fx.projectA()) + "/assignments"),
            MANAGERS,
            UNASSIGNED,
            null));
    String assignment = project + "/assignments/%d";
    ops.add(
        new Operation(
            "PUT",
            "/api/projects/{id}/assignments/{contributorId}",
            () -> {
              Api.delete(assignment.formatted(fx.projectA(), fx.targetId()));
              return Request.json(
                  assignment.formatted(fx.projectA(), fx.targetId()),
                  "{\"roleId\":" + Team.roleId("Editor") + "}");
            },
            MANAGERS,
            UNASSIGNED,
            "project_assignment.create"));
    ops.add(
        new Operation(
            "DELETE",
            "/api/projects/{id}/assignments/{contributorId}",
            () -> {
              Api.put(
                  assignment.formatted(fx.projectA(), fx.targetId()),
                  "{\"roleId\":" + Team.roleId("Editor") + "}");
              return Request.of(assignment.formatted(fx.projectA(), fx.targetId()));
            },
            MANAGERS,
            UNASSIGNED,
            "project_assignment.delete"));
    // Audit and notifications.
    ops.add(op("GET", "/api/audit", () -> Request.of("/api/audit?limit=5"), MANAGERS, null));
    ops.add(op("GET", "/api/notifications", () -> Request.of("/api/notifications"), STAFF, null));
    ops.add(
        op(
            "GET",
            "/api/notifications/unread-count",
            () -> Request.of("/api/notifications/unread-count"),
            STAFF,
            null));
    ops.add(
        op(
            "POST",
            "/api/notifications/{id}/read",
            () -> Request.of("/api/notifications/" + fx.adminNotificationId() + "/read"),
            STAFF,
            "notification.read"));
    ops.add(
        op(
            "POST",
            "/api/notifications/read-all",
            () -> Request.of("/api/notifications/read-all"),
            STAFF,
            "notification.read_all"));
    ops.add(
        op(
            "POST",
            "/api/reminders/run",
            () -> Request.of("/api/reminders/run?date=2031-01-01"),
            ADMINS,
            "reminders.run"));
    InquiryOperations.addTo(ops, fx);
    ActivityOperations.addTo(ops, fx);
    AutomationRuleOperations.addTo(ops, fx);
    CatalogOperations.addTo(ops, fx);
    DocumentOperations.addTo(ops, fx);
    LedgerOperations.addTo(ops, fx);
    TaskOperations.addTo(ops, fx);
    CrewOperations.addTo(ops, fx);
    BillingOperations.addTo(ops, fx);
    BatchOperations.addTo(ops);
    return ops;
  }

  static Operation op(
      String method,
      String path,
      Supplier<Request> request,
      Set<String> allowed,
      String auditAction) {
    return new Operation(method, path, request, allowed, Set.of(), auditAction);
  }

  private static String refreshBody(Fixtures fx) {
    JsonObject tokens = Api.login(fx.editor().email(), Team.PASSWORD);
    return "{\"refreshToken\":\"" + tokens.getString("refreshToken") + "\"}";
  }

  static String contactJson() {
    return "{\"firstName\":\"Ann\",\"lastName\":\"Lee\",\"email\":\"ann-"
        + Api.uniqueToken()
        + "@contacts.test\",\"type\":\"Vendor\"}";
  }

  static String calendarJson() {
    return "{\"provider\":\"Google\",\"refreshToken\":\"1//google-refresh-"
        + Api.uniqueToken()
        + "\"}";
  }

  static String roleJson(String name) {
    return "{\"name\":\"" + name + "\",\"description\":\"test\",\"permissions\":[\"tasks.read\"]}";
  }

  static String clientUserJson(int clientId) {
    return "{\"clientId\":"
        + clientId
        + ",\"email\":\"couple-"
        + Api.uniqueToken()
        + "@portal.test\",\"password\":\""
        + Team.PASSWORD
        + "\"}";
  }

  private Operations() {}
}
