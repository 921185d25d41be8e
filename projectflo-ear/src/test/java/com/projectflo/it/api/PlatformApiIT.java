package com.projectflo.it.api;

import static com.projectflo.it.api.Api.get;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every deployment offers operators and API consumers: health and the API description. */
class PlatformApiIT {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

  @Test
  void isLive() {
    Api.Response live = get("/health/live");
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.json().getString("status")).isEqualTo("UP");
  }

  @Test
  void isReadyWithTheSchemaOfTheNewestMigration() throws IOException {
    Api.Response ready = get("/health/ready");

    assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    JsonObject database =
        ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> check.getString("name").equals("database"))
            .findFirst()
            .orElseThrow();
    assertThat(database.getString("status")).isEqualTo("UP");
    assertThat(database.getJsonObject("data").getString("schemaVersion"))
        .isEqualTo(String.valueOf(newestMigrationVersion()));
  }

  @Test
  void describesEveryContactsEndpointInOpenApi() {
    Api.Response openApi = get("/openapi", "Accept", "application/json");

    assertThat(openApi.status()).isEqualTo(200);
    JsonObject paths = openApi.json().getJsonObject("paths");
    assertThat(paths.getJsonObject("/api/contacts").keySet()).contains("get", "post");
    assertThat(paths.getJsonObject("/api/contacts/{id}").keySet())
        .contains("get", "put", "patch", "delete");
    assertThat(paths.getJsonObject("/api/contacts/{id}/restore").keySet()).contains("post");
    assertThat(openApi.json().getJsonObject("components").getJsonObject("schemas").keySet())
        .contains("Contact", "ContactRequest", "Problem");
    assertThat(get("/openapi/ui/").status()).isEqualTo(200);
  }

  private static int newestMigrationVersion() throws IOException {
    Path sql = Path.of(System.getProperty("projectflo.it.sqlDir", "../sql"));
    try (Stream<Path> files = Files.list(sql)) {
      return files
          .map(file -> VERSIONED.matcher(file.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> Integer.parseInt(m.group(1)))
          .max(Comparator.naturalOrder())
          .orElseThrow();
    }
  }
}
