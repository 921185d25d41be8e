package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server started while PostgreSQL cannot be reached (the build points one at port 1): it comes
 * up, says what is wrong in one log line, reports not-ready and answers API calls with 503.
 */
class UnreachableDatabaseIT {

  private static final String BASE =
      System.getProperty("projectflo.it.nodb.baseUrl", "http://localhost:9181");
  private static final Path LOG =
      Path.of(
          System.getProperty(
              "projectflo.it.nodb.log",
              "target/liberty/wlp/usr/servers/projectflo-it-nodb/logs/messages.log"));

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(BASE + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void logsOneActionableLineNamingHostAndPortWithoutAStackTrace() throws IOException {
    List<String> lines = Files.readAllLines(LOG);

    List<String> reports =
        lines.stream().filter(line -> line.contains("PostgreSQL is not reachable at")).toList();
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0)).contains("127.0.0.1:1", "PROJECTFLO_DB_HOST", "Retrying every");
    assertThat(lines).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by"));
  }

  @Test
  void reportsNotReadyWithTheReason() throws Exception {
    HttpResponse<String> ready = get("/health/ready");

    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body()).contains("\"status\":\"DOWN\"", "UNREACHABLE", "127.0.0.1:1");
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void answersApiCallsWith503AndRetryAfter() throws Exception {
    // Sign-in is the API call open without a token; every other one would first answer 401.
    HttpResponse<String> contacts =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(BASE + "/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"a@b.test\",\"password\":\"whatever-it-is\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(contacts.statusCode()).isEqualTo(503);
    assertThat(contacts.headers().firstValue("Retry-After")).contains("10");
    assertThat(contacts.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(contacts.body()).contains("database is unavailable");
  }
}
