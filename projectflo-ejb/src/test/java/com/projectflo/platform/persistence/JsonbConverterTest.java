package com.projectflo.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class JsonbConverterTest {

  private final JsonbConverter converter = new JsonbConverter();

  @Test
  void writesJsonText() {
    JsonObject rules = Json.createObjectBuilder().add("baseHours", 2).add("perMinute", 0.5).build();

    assertThat(converter.convertToDatabaseColumn(rules))
        .isEqualTo("{\"baseHours\":2,\"perMinute\":0.5}");
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
  }

  @Test
  void readsWhateverTheDriverHandsBackThroughItsText() {
    // pgjdbc returns a PGobject for jsonb; only its toString() is relied upon.
    Object pgObjectLike =
        new Object() {
          @Override
          public String toString() {
            return "{\"a\": [1, 2, {\"b\": null}]}";
          }
        };

    JsonValue value = converter.convertToEntityAttribute(pgObjectLike);

    assertThat(value)
        .isEqualTo(
            Json.createObjectBuilder()
                .add(
                    "a",
                    Json.createArrayBuilder()
                        .add(1)
                        .add(2)
                        .add(Json.createObjectBuilder().addNull("b")))
                .build());
    assertThat(converter.convertToEntityAttribute(null)).isNull();
    assertThat(converter.convertToEntityAttribute("\"text\"")).isEqualTo(Json.createValue("text"));
  }
}
