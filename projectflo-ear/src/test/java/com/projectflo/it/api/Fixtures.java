package com.projectflo.it.api;

import static com.projectflo.it.api.Api.anonymous;
import static com.projectflo.it.api.Api.credentials;

/**
 * Shared objects of the access tests, created once per test run by the administrator: two clients
 * with a project each and a portal user for client A, a spare portal user, a contact, a target
 * contributor and a role to operate on.
 */
final class Fixtures {

  private static Fixtures instance;

  private final int clientA = Database.createClient("Alder" + Api.uniqueToken());
  private final int clientB = Database.createClient("Birch" + Api.uniqueToken());
  private final int projectA = Database.createProject(clientA, "Alder wedding");
  private final int projectB = Database.createProject(clientB, "Birch wedding");
  private final String clientUserEmail = "alder-" + Api.uniqueToken() + "@portal.test";
  private final int clientUserId = createClientUser(clientA, clientUserEmail);
  private final int spareClientUserId =
      createClientUser(
          Database.createClient("Cedar" + Api.uniqueToken()),
          "cedar-" + Api.uniqueToken() + "@portal.test");
  private final int contactId =
      Api.post("/api/contacts", Operations.contactJson()).json().getInt("id");
  private final Team.Member target = Team.create("target", null);
  private final String roleName = "Role " + Api.uniqueToken();
  private final int roleId =
      Api.post("/api/roles", Operations.roleJson(roleName)).json().getInt("id");
  private String clientToken;
  private Integer adminNotificationId;

  static synchronized Fixtures get() {
    if (instance == null) {
      instance = new Fixtures();
    }
    return instance;
  }

  /** The client of project A's portal user, signed in. */
  synchronized Api.Client clientUser() {
    if (clientToken == null) {
      clientToken =
          anonymous()
              .post("/api/auth/client-login", credentials(clientUserEmail, Team.PASSWORD))
              .json()
              .getString("accessToken");
    }
    return Api.as(clientToken);
  }

  /** The caller a matrix column stands for. */
  Api.Client caller(String name) {
    return switch (name) {
      case Operations.ANONYMOUS -> anonymous();
      case Operations.CLIENT -> clientUser();
      default -> Team.withRole(name).client();
    };
  }

  /** A notification of the "Admin" team member (it is put on project B, which notifies it). */
  synchronized int adminNotificationId() {
    if (adminNotificationId == null) {
      Team.Member admin = Team.withRole("Admin");
      Api.put(
          "/api/projects/" + projectB + "/assignments/" + admin.id(),
          "{\"roleId\":" + Team.roleId("Editor") + "}");
      adminNotificationId = admin.client().get("/api/notifications").items().get(0).getInt("id");
    }
    return adminNotificationId;
  }

  Team.Member editor() {
    return Team.withRole("Editor");
  }

  int clientA() {
    return clientA;
  }

  int clientB() {
    return clientB;
  }

  int projectA() {
    return projectA;
  }

  int projectB() {
    return projectB;
  }

  String clientUserEmail() {
    return clientUserEmail;
  }

  int clientUserId() {
    return clientUserId;
  }

  int spareClientUserId() {
    return spareClientUserId;
  }

  int contactId() {
    return contactId;
  }

  int targetId() {
    return target.id();
  }

  int roleId() {
    return roleId;
  }

  String roleName() {
    return roleName;
  }

  private static int createClientUser(int clientId, String email) {
    Api.Response created =
        Api.post(
            "/api/client-users",
            "{\"clientId\":"
                + clientId
                + ",\"email\":\""
                + email
                + "\",\"password\":\""
                + Team.PASSWORD
                + "\"}");
    if (created.status() != 201) {
      throw new AssertionError("Creating portal user " + email + " failed: " + created);
    }
    return created.json().getInt("id");
  }
}
