package com.projectflo.it.api;

import static com.projectflo.it.api.Api.JSON;
import static com.projectflo.it.api.Api.MERGE_PATCH;
import static com.projectflo.it.api.Api.PROBLEM_JSON;
import static com.projectflo.it.api.Api.delete;
import static com.projectflo.it.api.Api.encode;
import static com.projectflo.it.api.Api.get;
import static com.projectflo.it.api.Api.post;
import static com.projectflo.it.api.Api.put;
import static com.projectflo.it.api.Api.send;
import static com.projectflo.it.api.Api.uniqueToken;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contacts API over HTTP, as a client sees it. */
class ContactsApiIT {

  private static final String CONTACTS = "/api/contacts";

  private static String contactJson(String email, String type) {
    return """
        {"firstName": "Jane", "lastName": "Doe", "email": "%s", "phoneNumber": "+1 555 0100",
         "companyName": "Doe Films", "type": "%s"}"""
        .formatted(email, type);
  }

  private static JsonObject create(String email) {
    Api.Response created = post(CONTACTS, contactJson(email, "Client Lead"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private static String email(String token) {
    return token + "@example.com";
  }

  /** How many contacts, archived ones included, match a search text. */
  private static int countMatching(String text) {
    Api.Response list = get(CONTACTS + "?includeArchived=true&q=" + encode(text));
    assertThat(list.status()).isEqualTo(200);
    return list.items().size();
  }

  @Nested
  class Create {

    @Test
    void answers201WithLocationEtagAndTheStoredContact() {
      String email = email(uniqueToken());
      Api.Response created = post(CONTACTS, contactJson(email, "Client Lead"));

      assertThat(created.status()).isEqualTo(201);
      assertThat(created.contentType()).startsWith(JSON);
      JsonObject body = created.json();
      int id = body.getInt("id");
      assertThat(created.header("Location")).endsWith(CONTACTS + "/" + id);
      assertThat(created.header("ETag")).isEqualTo("\"" + body.getJsonNumber("version") + "\"");
      assertThat(body.getString("firstName")).isEqualTo("Jane");
      assertThat(body.getString("lastName")).isEqualTo("Doe");
      assertThat(body.getString("email")).isEqualTo(email);
      assertThat(body.getString("phoneNumber")).isEqualTo("+1 555 0100");
      assertThat(body.getString("companyName")).isEqualTo("Doe Films");
      assertThat(body.getString("type")).isEqualTo("Client Lead");
      assertThat(body.containsKey("archivedAt")).isFalse();

      Api.Response fetched = get(created.header("Location"));
      assertThat(fetched.status()).isEqualTo(200);
      assertThat(fetched.json()).isEqualTo(body);
    }

    @Test
    void refusesAnEmailAlreadyUsedInAnotherCaseWith409() {
      String token = uniqueToken();
      create(email(token));

      Api.Response duplicate = post(CONTACTS, contactJson(email(token).toUpperCase(), "Client"));

      assertThat(duplicate.status()).isEqualTo(409);
      assertThat(duplicate.contentType()).startsWith(PROBLEM_JSON);
      assertThat(duplicate.errorFields()).containsExactly("email");
      assertThat(countMatching(token)).isEqualTo(1);
    }

    @Test
    void namesEveryInvalidFieldAndWritesNothing() {
      String token = uniqueToken();
      String body =
          """
          {"firstName": "%s", "email": "not-an-address", "phoneNumber": "%s", "type": "Lead"}"""
              .formatted(token, "9".repeat(51));

      Api.Response refused = post(CONTACTS, body);

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
      JsonObject problem = refused.json();
      assertThat(problem.getInt("status")).isEqualTo(400);
      assertThat(problem.getString("title")).isEqualTo("Bad Request");
      assertThat(problem.getString("type")).isNotBlank();
      assertThat(problem.getString("instance")).isEqualTo(CONTACTS);
      assertThat(refused.errorFields()).containsExactly("email", "phoneNumber", "type");
      assertThat(refused.body()).contains("Client Lead, Client, Contributor, Vendor");
      assertThat(countMatching(token)).isZero();
    }

    @Test
    void requiresEmailAndType() {
      Api.Response refused = post(CONTACTS, "{\"firstName\": \"Nobody\"}");

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.errorFields()).containsExactly("email", "type");
    }

    @Test
    void refusesAnUnknownMemberNamingIt() {
      Api.Response refused =
          post(
              CONTACTS,
              "{\"emial\": \"x@example.com\", \"email\": \"y@example.com\", \"type\": \"Client\"}");

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.errorFields()).containsExactly("emial");
    }

    @Test
    void refusesMalformedJsonAndNonObjectBodiesWith400() {
      for (String body : List.of("{\"email\": ", "[1, 2]", "\"text\"", "")) {
        Api.Response refused = post(CONTACTS, body);
        assertThat(refused.status()).as(body).isEqualTo(400);
        assertThat(refused.contentType()).as(body).startsWith(PROBLEM_JSON);
      }
    }

    @Test
    void refusesAnUnsupportedMediaTypeWith415() {
      Api.Response refused = send("POST", CONTACTS, "text/plain", "email=x@example.com");

      assertThat(refused.status()).isEqualTo(415);
      assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
    }
  }

  @Nested
  class Read {

    @Test
    void unknownOrMalformedIdsAre404Problems() {
      for (String id : List.of("2147483000", "abc")) {
        Api.Response missing = get(CONTACTS + "/" + id);
        assertThat(missing.status()).as(id).isEqualTo(404);
        assertThat(missing.contentType()).startsWith(PROBLEM_JSON);
        assertThat(missing.json().getInt("status")).isEqualTo(404);
      }
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
      assertThat(get("/api/no-such-thing").status()).isEqualTo(404);
      Api.Response notAllowed = put(CONTACTS, "{}");
      assertThat(notAllowed.status()).isEqualTo(405);
      assertThat(notAllowed.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void echoesTheCallersCorrelationIdOrMakesOne() {
      Api.Response echoed = get(CONTACTS + "?limit=1", "X-Correlation-Id", "abc-123");
      Api.Response generated = get(CONTACTS + "/abc");

      assertThat(echoed.header("X-Correlation-Id")).isEqualTo("abc-123");
      assertThat(generated.header("X-Correlation-Id")).isNotBlank();
    }
  }

  @Nested
  class Update {

    @Test
    void putReplacesEveryFieldAndBumpsTheVersion() {
      JsonObject contact = create(email(uniqueToken()));
      String path = CONTACTS + "/" + contact.getInt("id");
      String newEmail = email(uniqueToken());

      Api.Response replaced = put(path, "{\"email\": \"" + newEmail + "\", \"type\": \"Vendor\"}");

      assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
      JsonObject body = replaced.json();
      assertThat(body.getString("email")).isEqualTo(newEmail);
      assertThat(body.getString("type")).isEqualTo("Vendor");
      assertThat(body.containsKey("firstName")).isFalse();
      assertThat(body.containsKey("companyName")).isFalse();
      assertThat(body.getJsonNumber("version").longValue())
          .isEqualTo(contact.getJsonNumber("version").longValue() + 1);
    }

    @Test
    void ifMatchWithAnOutdatedVersionIs412AndChangesNothing() {
      JsonObject contact = create(email(uniqueToken()));
      String path = CONTACTS + "/" + contact.getInt("id");
      String current = get(path).header("ETag");
      String changed = contactJson(contact.getString("email"), "Client");
      assertThat(put(path, changed, "If-Match", current).status()).isEqualTo(200);

      Api.Response stale =
          put(path, contactJson(contact.getString("email"), "Vendor"), "If-Match", current);

      assertThat(stale.status()).isEqualTo(412);
      assertThat(stale.contentType()).startsWith(PROBLEM_JSON);
      assertThat(get(path).json().getString("type")).isEqualTo("Client");
    }

    @Test
    void putOnAnUnknownContactIs404() {
      assertThat(put(CONTACTS + "/2147483001", contactJson("x@example.com", "Client")).status())
          .isEqualTo(404);
    }

    @Test
    void putToAnEmailOfAnotherContactIs409() {
      JsonObject first = create(email(uniqueToken()));
      JsonObject second = create(email(uniqueToken()));

      Api.Response clash =
          put(
              CONTACTS + "/" + second.getInt("id"),
              contactJson(first.getString("email"), "Client"));

      assertThat(clash.status()).isEqualTo(409);
      assertThat(clash.errorFields()).containsExactly("email");
    }

    @Test
    void mergePatchChangesOnlyTheGivenMembersAndNullClears() {
      JsonObject contact = create(email(uniqueToken()));
      String path = CONTACTS + "/" + contact.getInt("id");

      Api.Response patched =
          send(
              "PATCH",
              path,
              MERGE_PATCH,
              "{\"companyName\": \"Reels & Co\", \"phoneNumber\": null}");

      assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
      JsonObject body = patched.json();
      assertThat(body.getString("companyName")).isEqualTo("Reels & Co");
      assertThat(body.containsKey("phoneNumber")).isFalse();
      assertThat(body.getString("firstName")).isEqualTo("Jane");
      assertThat(body.getString("email")).isEqualTo(contact.getString("email"));
    }

    @Test
    void invalidMergePatchIs400AndLeavesTheContactAsItWas() {
      JsonObject contact = create(email(uniqueToken()));
      String path = CONTACTS + "/" + contact.getInt("id");

      Api.Response refused =
          send(
              "PATCH",
              path,
              MERGE_PATCH,
              "{\"email\": null, \"type\": \"Friend\", \"nick\": \"J\"}");

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.errorFields()).contains("nick");
      Api.Response unknownMemberFree =
          send("PATCH", path, MERGE_PATCH, "{\"email\": null, \"type\": \"Friend\"}");
      assertThat(unknownMemberFree.status()).isEqualTo(400);
      assertThat(unknownMemberFree.errorFields()).containsExactly("email", "type");
      assertThat(get(path).json()).isEqualTo(contact);
    }
  }

  @Nested
  class ArchiveAndRestore {

    @Test
    void deleteArchivesAndRestoreBringsBack() {
      String token = uniqueToken();
      JsonObject contact = create(email(token));
      String path = CONTACTS + "/" + contact.getInt("id");

      assertThat(delete(path).status()).isEqualTo(204);
      assertThat(delete(path).status()).as("archiving twice").isEqualTo(204);

      JsonObject archived = get(path).json();
      assertThat(archived.getString("archivedAt")).isNotBlank();
      assertThat(get(CONTACTS + "?q=" + token).items()).isEmpty();
      assertThat(get(CONTACTS + "?includeArchived=true&q=" + token).items())
          .extracting(item -> item.getInt("id"))
          .containsExactly(contact.getInt("id"));

      Api.Response restored = send("POST", path + "/restore", null, null);
      assertThat(restored.status()).isEqualTo(200);
      assertThat(restored.json().containsKey("archivedAt")).isFalse();
      assertThat(get(CONTACTS + "?q=" + token).items()).hasSize(1);
    }

    @Test
    void archivingAnUnknownContactIs404() {
      assertThat(delete(CONTACTS + "/2147483002").status()).isEqualTo(404);
    }
  }

  @Nested
  class List_ {

    @Test
    void pagesThroughAllMatchesInNameOrderWithAnOpaqueCursor() {
      String token = uniqueToken();
      String[][] people = {
        {"Zoe", "Adams"}, {"Amy", "Brown"}, {"Bob", "Adams"}, {"Cid", "Young"}, {"Dan", "Brown"}
      };
      for (String[] person : people) {
        String json =
            """
            {"firstName": "%s", "lastName": "%s", "email": "%s", "companyName": "%s",
             "type": "Client"}"""
                .formatted(person[0], person[1], email(uniqueToken()), token);
        assertThat(post(CONTACTS, json).status()).isEqualTo(201);
      }

      List<String> names = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        String query =
            CONTACTS + "?limit=2&q=" + token + (cursor == null ? "" : "&cursor=" + cursor);
        Api.Response page = get(query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        page.items()
            .forEach(i -> names.add(i.getString("firstName") + " " + i.getString("lastName")));
        JsonObject body = page.json();
        cursor =
            body.containsKey("nextCursor") && !body.isNull("nextCursor")
                ? body.getString("nextCursor")
                : null;
        pages++;
      } while (cursor != null);

      assertThat(pages).isEqualTo(3);
      assertThat(names)
          .containsExactly("Bob Adams", "Zoe Adams", "Amy Brown", "Dan Brown", "Cid Young");
    }

    @Test
    void filtersByTypeAndSearchesNameEmailAndCompanyIgnoringCase() {
      String token = uniqueToken();
      post(CONTACTS, contactJson(token + "-lead@example.com", "Client Lead"));
      post(CONTACTS, contactJson(token + "-vendor@example.com", "Vendor"));

      assertThat(get(CONTACTS + "?q=" + token.toUpperCase()).items()).hasSize(2);
      assertThat(get(CONTACTS + "?type=Vendor&q=" + token).items())
          .extracting(i -> i.getString("email"))
          .containsExactly(token + "-vendor@example.com");
      assertThat(get(CONTACTS + "?type=" + encode("Client Lead") + "&q=" + token).items())
          .extracting(i -> i.getString("type"))
          .containsExactly("Client Lead");
    }

    @Test
    void searchTreatsWildcardsLiterally() {
      String token = uniqueToken();
      create(email(token));

      assertThat(get(CONTACTS + "?q=" + encode(token + "%")).items()).isEmpty();
      assertThat(get(CONTACTS + "?q=" + encode(token.substring(0, 4) + "_")).items()).isEmpty();
    }

    @Test
    void badParametersAre400ProblemsNamingThem() {
      Api.Response bad = get(CONTACTS + "?limit=abc&includeArchived=maybe&type=Friend");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.errorFields()).containsExactly("includeArchived", "limit", "type");

      for (String limit : List.of("0", "201", "-5")) {
        Api.Response outOfRange = get(CONTACTS + "?limit=" + limit);
        assertThat(outOfRange.status()).as(limit).isEqualTo(400);
        assertThat(outOfRange.errorFields()).containsExactly("limit");
      }

      Api.Response badCursor = get(CONTACTS + "?cursor=not-a-cursor");
      assertThat(badCursor.status()).isEqualTo(400);
      assertThat(badCursor.errorFields()).containsExactly("cursor");
    }

    @Test
    void pagesHoldFiftyByDefaultAndUpToTwoHundredOnRequest() {
      String token = uniqueToken();
      for (int i = 0; i < 51; i++) {
        String json =
            "{\"email\": \"%s\", \"companyName\": \"%s\", \"type\": \"Vendor\"}"
                .formatted(email(uniqueToken()), token);
        assertThat(post(CONTACTS, json).status()).isEqualTo(201);
      }

      Api.Response byDefault = get(CONTACTS + "?q=" + token);
      Api.Response large = get(CONTACTS + "?limit=200&q=" + token);

      assertThat(byDefault.items()).hasSize(50);
      assertThat(byDefault.json().getString("nextCursor")).isNotBlank();
      assertThat(large.items()).hasSize(51);
      assertThat(large.json().containsKey("nextCursor")).isFalse();
    }
  }
}
