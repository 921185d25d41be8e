package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.it.api.Operations.Operation;
import com.projectflo.it.api.Operations.Request;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document, called by an anonymous caller, a member of each default
 * role and a client's portal user, against the expected outcome in {@link Operations}: 401
 * anonymous, 403 not allowed, 404 not theirs to see, and otherwise past authorization (no 401, 403
 * or 5xx).
 */
class AuthorizationMatrixIT {

  @Test
  void everyOperationIsInTheCatalogue() {
    Set<String> documented = documentedOperations();
    Set<String> catalogued = new TreeSet<>();
    Operations.all(Fixtures.get()).forEach(op -> catalogued.add(op.key()));

    assertThat(catalogued)
        .as("operations missing from Operations (add them with their expected outcomes)")
        .containsAll(documented);
    assertThat(documented)
        .as("catalogued operations the API no longer has")
        .containsAll(catalogued);
  }

  @Test
  void everyCallerGetsTheExpectedOutcomeOfEveryOperation() {
    Fixtures fx = Fixtures.get();
    List<String> wrong = new ArrayList<>();
    for (Operation op : Operations.all(fx)) {
      for (String caller : Operations.CALLERS) {
        Request request = op.request().get();
        Api.Response response =
            fx.caller(caller)
                .send(
                    op.method(),
                    request.path(),
                    request.contentType(),
                    request.body(),
                    request.headers());
        String expected = expected(op, caller);
        if (!matches(expected, response.status())) {
          wrong.add(op.key() + " as " + caller + ": expected " + expected + ", got " + response);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  static String expected(Operation op, String caller) {
    if (op.allowed().contains(caller)) {
      return "allowed";
    }
    if (caller.equals(Operations.ANONYMOUS)) {
      return "401";
    }
    return op.hidden().contains(caller) ? "404" : "403";
  }

  private static boolean matches(String expected, int status) {
    return switch (expected) {
      case "allowed" -> status != 401 && status != 403 && status < 500;
      default -> status == Integer.parseInt(expected);
    };
  }

  static Set<String> documentedOperations() {
    JsonObject paths = Api.anonymous().get("/openapi?format=JSON").json().getJsonObject("paths");
    Set<String> operations = new TreeSet<>();
    for (String path : paths.keySet()) {
      for (String method : paths.getJsonObject(path).keySet()) {
        if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
          operations.add(method.toUpperCase() + " " + path);
        }
      }
    }
    return operations;
  }
}
