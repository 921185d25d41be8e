package com.projectflo.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** A minimal HTTP client for black-box tests against the running integration-test server. */
final class Api {

  static final String JSON = "application/json";
  static final String PROBLEM_JSON = "application/problem+json";
  static final String MERGE_PATCH = "application/merge-patch+json";

  private static final URI BASE =
      URI.create(System.getProperty("projectflo.it.baseUrl", "http://localhost:9180"));

  /**
   * HTTP/1.1: the JDK client's default h2c upgrade makes Liberty answer GOAWAY and stall when many
   * first requests arrive at once (the concurrency tests).
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static volatile String adminToken;

  private Api() {}

  static Response get(String path, String... headers) {
    return asAdmin().get(path, headers);
  }

  static Response post(String path, String json, String... headers) {
    return asAdmin().post(path, json, headers);
  }

  static Response put(String path, String json, String... headers) {
    return asAdmin().put(path, json, headers);
  }

  static Response delete(String path, String... headers) {
    return asAdmin().delete(path, headers);
  }

  /** Sends a request as the administrator; {@code headers} are name, value pairs. */
  static Response send(
      String method, String path, String contentType, String body, String... headers) {
    return asAdmin().send(method, path, contentType, body, headers);
  }

  /** The first administrator of the test database, signed in once per test run. */
  static Client asAdmin() {
    if (adminToken == null) {
      adminToken = login(adminEmail(), adminPassword()).getString("accessToken");
    }
    return as(adminToken);
  }

  static Client as(String accessToken) {
    return new Client(accessToken);
  }

  static Client anonymous() {
    return new Client(null);
  }

  static String adminEmail() {
    return System.getProperty("projectflo.it.adminEmail", "admin@it.projectflo.test");
  }

  static String adminPassword() {
    return System.getProperty("projectflo.it.adminPassword");
  }

  /** Signs a contributor in and returns the token response (fails the test otherwise). */
  static JsonObject login(String email, String password) {
    Response response = anonymous().post("/api/auth/login", credentials(email, password));
    if (response.status() != 200) {
      throw new AssertionError("Sign-in of " + email + " failed: " + response);
    }
    return response.json();
  }

  static String credentials(String email, String password) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", password)
        .build()
        .toString();
  }

  /** Requests with one caller's access token (none for anonymous). */
  record Client(String accessToken) {

    Response get(String path, String... headers) {
      return send("GET", path, null, null, headers);
    }

    Response post(String path, String json, String... headers) {
      return send("POST", path, JSON, json, headers);
    }

    Response put(String path, String json, String... headers) {
      return send("PUT", path, JSON, json, headers);
    }

    Response delete(String path, String... headers) {
      return send("DELETE", path, null, null, headers);
    }

    Response send(String method, String path, String contentType, String body, String... headers) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(BASE.resolve(path))
              .timeout(Duration.ofSeconds(30))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      if (accessToken != null) {
        request.header("Authorization", "Bearer " + accessToken);
      }
      for (int i = 0; i < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      try {
        return new Response(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A token that makes test data unique, so tests neither see nor disturb each other's rows. */
  static String uniqueToken() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  record Response(HttpResponse<String> raw) {

    int status() {
      return raw.statusCode();
    }

    String body() {
      return raw.body();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String contentType() {
      return header("Content-Type");
    }

    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(raw.body()))) {
        return reader.readObject();
      }
    }

    JsonArray jsonArray() {
      try (JsonReader reader = Json.createReader(new StringReader(raw.body()))) {
        return reader.readArray();
      }
    }

    List<JsonObject> items() {
      JsonArray items = json().getJsonArray("items");
      return items.getValuesAs(JsonObject.class);
    }

    /** The fields a problem's errors[] names. */
    List<String> errorFields() {
      return json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
          .map(error -> error.getString("field"))
          .toList();
    }

    @Override
    public String toString() {
      return raw.request().method() + " " + raw.uri() + " -> " + status() + " " + body();
    }
  }
}
