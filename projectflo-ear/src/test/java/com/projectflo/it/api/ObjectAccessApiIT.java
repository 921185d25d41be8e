package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Object-level access with two clients and two projects: a portal user reaches only its own
 * client's project, a contributor only the projects it is assigned to and with the rights of its
 * project role there; what is not theirs answers 404, never a hint that it exists.
 */
class ObjectAccessApiIT {

  private final Fixtures fx = Fixtures.get();

  @Test
  void aPortalUserSeesOnlyItsOwnClientsProject() {
    Api.Client couple = fx.clientUser();

    List<Integer> listed = ids(couple.get("/api/projects?limit=200").items());

    assertThat(listed).contains(fx.projectA()).doesNotContain(fx.projectB());
    assertThat(couple.get("/api/projects/" + fx.projectA()).status()).isEqualTo(200);
    Api.Response other = couple.get("/api/projects/" + fx.projectB());
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("Birch");
  }

  @Test
  void aPortalUserCannotWriteAnywhere() {
    Api.Client couple = fx.clientUser();
    String editor = "{\"roleId\":" + Team.roleId("Editor") + "}";

    assertThat(
            couple
                .put("/api/projects/" + fx.projectA() + "/assignments/" + fx.targetId(), editor)
                .status())
        .isEqualTo(403);
    assertThat(
            couple
                .put("/api/projects/" + fx.projectB() + "/assignments/" + fx.targetId(), editor)
                .status())
        .isIn(403, 404);
    assertThat(couple.post("/api/contacts", Operations.contactJson()).status()).isEqualTo(403);
    assertThat(
            Database.single(
                "SELECT COUNT(*) FROM project_assignments WHERE project_id = ? AND contributor_id = ?",
                fx.projectB(),
                fx.targetId()))
        .isEqualTo(0L);
  }

  @Test
  void aContributorActsOnAProjectWithTheRightsOfItsRoleThere() {
    Team.Member member = Team.create("crew", null);
    Api.put(
        "/api/projects/" + fx.projectA() + "/assignments/" + member.id(),
        "{\"roleId\":" + Team.roleId("Manager") + "}");
    Api.Client crew = member.client();
    String assign = "{\"roleId\":" + Team.roleId("Freelancer") + "}";

    assertThat(ids(crew.get("/api/projects?limit=200").items()))
        .contains(fx.projectA())
        .doesNotContain(fx.projectB());
    assertThat(crew.get("/api/projects/" + fx.projectA() + "/assignments").status()).isEqualTo(200);
    assertThat(
            crew.put("/api/projects/" + fx.projectA() + "/assignments/" + fx.targetId(), assign)
                .status())
        .as("Manager on project A may staff it")
        .isEqualTo(200);
    assertThat(crew.get("/api/projects/" + fx.projectB()).status()).isEqualTo(404);
    assertThat(
            crew.put("/api/projects/" + fx.projectB() + "/assignments/" + fx.targetId(), assign)
                .status())
        .isEqualTo(404);
    assertThat(crew.get("/api/contacts").status())
        .as("a project role grants nothing outside the project")
        .isEqualTo(403);
  }

  @Test
  void aProjectRoleWithoutTheRightIs403OnThatProject() {
    Team.Member member = Team.create("junior", null);
    Api.put(
        "/api/projects/" + fx.projectA() + "/assignments/" + member.id(),
        "{\"roleId\":" + Team.roleId("Editor") + "}");

    Api.Response response =
        member
            .client()
            .put(
                "/api/projects/" + fx.projectA() + "/assignments/" + fx.targetId(),
                "{\"roleId\":" + Team.roleId("Editor") + "}");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().getString("detail")).contains("assignments.write");
  }

  @Test
  void meListsEffectivePermissionsAndProjectRoles() {
    Team.Member member = Team.create("me", Team.roleId("Videographer"));
    Api.put(
        "/api/projects/" + fx.projectB() + "/assignments/" + member.id(),
        "{\"roleId\":" + Team.roleId("Editor") + "}");

    JsonObject me = member.client().get("/api/me").json();

    assertThat(me.getString("systemRole")).isEqualTo("Videographer");
    assertThat(me.getJsonArray("permissions").toString())
        .contains("documents.write")
        .doesNotContain("projects.all");
    JsonObject projectRole = me.getJsonArray("projects").getJsonObject(0);
    assertThat(projectRole.getInt("projectId")).isEqualTo(fx.projectB());
    assertThat(projectRole.getString("role")).isEqualTo("Editor");
  }

  @Test
  void portalSignInRecordsTheLastLoginAndDisabledUsersAreSignedOut() {
    Api.Client fresh =
        Api.as(
            Api.anonymous()
                .post(
                    "/api/auth/client-login", Api.credentials(fx.clientUserEmail(), Team.PASSWORD))
                .json()
                .getString("accessToken"));
    assertThat(Api.get("/api/client-users/" + fx.clientUserId()).json().getString("lastLoginDate"))
        .isNotBlank();
    assertThat(fresh.get("/api/me").json().getInt("clientId")).isEqualTo(fx.clientA());

    int spare = fx.spareClientUserId();
    Api.post("/api/client-users/" + spare + "/disable", null);
    String spareEmail = Api.get("/api/client-users/" + spare).json().getString("email");
    Api.Response refused =
        Api.anonymous().post("/api/auth/client-login", Api.credentials(spareEmail, Team.PASSWORD));
    Api.post("/api/client-users/" + spare + "/enable", null);

    assertThat(refused.status()).isEqualTo(401);
  }

  private static List<Integer> ids(List<JsonObject> items) {
    return items.stream().map(item -> item.getInt("id")).toList();
  }
}
