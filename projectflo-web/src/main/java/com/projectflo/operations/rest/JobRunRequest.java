package com.projectflo.operations.rest;

import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a job start or restart: job parameters, strings or numbers. The body is optional
 * (absent or empty means no parameters), so it is read here rather than bound by JSON-B.
 */
@Schema(name = "JobRunRequest")
public record JobRunRequest(
    @Schema(
            description = "Job parameters, e.g. {\"asOf\": \"2026-12-03\", \"chunkSize\": 100}",
            example = "{\"asOf\": \"2026-12-03\"}")
        Map<String, String> parameters) {

  private static final String PARAMETERS = "parameters";

  /** The parameters of {@code body}; every member that is not a string or number is refused. */
  static Map<String, String> parametersOf(String body) {
    Map<String, String> parameters = new TreeMap<>();
    if (body == null || body.isBlank()) {
      return parameters;
    }
    JsonObject json = object(body);
    List<FieldViolation> violations = new ArrayList<>();
    json.keySet().stream()
        .filter(key -> !key.equals(PARAMETERS))
        .forEach(key -> violations.add(new FieldViolation(key, "is not a member of this body")));
    JsonValue given = json.get(PARAMETERS);
    if (given instanceof JsonObject members) {
      members.forEach(
          (name, value) -> {
            if (value instanceof JsonString text) {
              parameters.put(name, text.getString());
            } else if (value instanceof JsonNumber number) {
              parameters.put(name, number.toString());
            } else {
              violations.add(
                  new FieldViolation(PARAMETERS + "." + name, "must be a string or a number"));
            }
          });
    } else if (given != null && given.getValueType() != JsonValue.ValueType.NULL) {
      violations.add(new FieldViolation(PARAMETERS, "must be an object of parameters"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return parameters;
  }

  private static JsonObject object(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidInputException("body", "must be a JSON object like {\"parameters\": {}}");
    }
  }
}
