package com.projectflo.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Contributors created through the API for tests, one per default role, signed in once. */
final class Team {

  static final String PASSWORD = "Mossy-Teapot-Glacier-58";
  static final String[] ROLES = {"Admin", "Manager", "Editor", "Videographer", "Freelancer"};

  private static final Map<String, Member> BY_ROLE = new ConcurrentHashMap<>();

  private Team() {}

  /** A contributor, its e-mail and access token. */
  record Member(int id, String email, String accessToken) {
    Api.Client client() {
      return Api.as(accessToken);
    }
  }

  /** The member holding a default system role (created on first use). */
  static Member withRole(String role) {
    return BY_ROLE.computeIfAbsent(role, r -> create(r, roleId(r)));
  }

  /** A new contributor with the given system role (null for none), signed in. */
  static Member create(String label, Integer roleId) {
    String email = label.toLowerCase() + "-" + Api.uniqueToken() + "@team.test";
    Api.Response created = Api.post("/api/contributors", contributorJson(email, roleId));
    if (created.status() != 201) {
      throw new AssertionError("Creating " + email + " failed: " + created);
    }
    String token = Api.login(email, PASSWORD).getString("accessToken");
    return new Member(created.json().getInt("id"), email, token);
  }

  static String contributorJson(String email, Integer roleId) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("firstName", "Test")
            .add("lastName", "Member")
            .add("email", email)
            .add("contributorType", "Internal")
            .add("defaultHourlyRate", 45)
            .add("password", PASSWORD);
    if (roleId != null) {
      json.add("roleId", roleId);
    }
    return json.build().toString();
  }

  static int roleId(String name) {
    for (JsonObject role : Api.get("/api/roles").jsonArray().getValuesAs(JsonObject.class)) {
      if (role.getString("name").equals(name)) {
        return role.getInt("id");
      }
    }
    throw new AssertionError("No role " + name);
  }
}
