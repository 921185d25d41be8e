package com.projectflo.platform.rest;

import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Refuses text PostgreSQL cannot store: the NUL character (U+0000) in a query parameter or in a
 * string of a JSON body is a 400 naming the parameter or the member ({@code operations[0].notes}),
 * instead of a failed INSERT or query later.
 */
@Provider
@Priority(Priorities.USER)
public class NulCharacterGuard implements ContainerRequestFilter, ReaderInterceptor {

  static final String MESSAGE = "must not contain the NUL character (U+0000)";

  /**
   * A NUL inside a JSON string can only be written as this escape (raw control characters are not
   * JSON).
   */
  private static final byte[] ESCAPED_NUL = "\\u0000".getBytes(StandardCharsets.US_ASCII);

  @Override
  public void filter(ContainerRequestContext request) {
    Map<String, FieldViolation> bad = new TreeMap<>();
    request
        .getUriInfo()
        .getQueryParameters()
        .forEach(
            (name, values) -> {
              if (name.indexOf('\0') >= 0 || values.stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
                String field = name.replace('\0', '?');
                bad.put(field, new FieldViolation(field, MESSAGE));
              }
            });
    if (!bad.isEmpty()) {
      throw new InvalidInputException(List.copyOf(bad.values()));
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null
        || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (contains(body, ESCAPED_NUL)) {
      List<FieldViolation> violations = nulStrings(body);
      if (!violations.isEmpty()) {
        throw new InvalidInputException(violations);
      }
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** Every string of the document holding a NUL, by its path; empty when it is not valid JSON. */
  private static List<FieldViolation> nulStrings(byte[] body) {
    List<FieldViolation> violations = new ArrayList<>();
    Deque<Object> path = new ArrayDeque<>(); // String member names and int[] array indexes
    try (InputStream in = new ByteArrayInputStream(body);
        JsonParser parser = Json.createParser(in)) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            advanceIndex(path);
            path.push(event == JsonParser.Event.START_ARRAY ? new int[] {-1} : "");
          }
          case END_OBJECT, END_ARRAY -> path.pop();
          case KEY_NAME -> {
            path.pop();
            path.push(parser.getString());
            if (parser.getString().indexOf('\0') >= 0) {
              violations.add(new FieldViolation(pathOf(path).replace('\0', '?'), MESSAGE));
            }
          }
          case VALUE_STRING -> {
            advanceIndex(path);
            if (parser.getString().indexOf('\0') >= 0) {
              violations.add(new FieldViolation(pathOf(path), MESSAGE));
            }
          }
          default -> advanceIndex(path);
        }
      }
    } catch (JsonException | IOException | IllegalStateException e) {
      return List.of(); // not JSON: the body reader reports it
    }
    return violations;
  }

  private static void advanceIndex(Deque<Object> path) {
    if (path.peek() instanceof int[] index) {
      index[0]++;
    }
  }

  private static String pathOf(Deque<Object> path) {
    StringBuilder field = new StringBuilder();
    var elements = path.descendingIterator();
    while (elements.hasNext()) {
      Object element = elements.next();
      if (element instanceof int[] index) {
        field.append('[').append(index[0]).append(']');
      } else if (!((String) element).isEmpty()) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append((String) element);
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }

  private static boolean contains(byte[] body, byte[] part) {
    outer:
    for (int i = 0; i <= body.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (body[i + j] != part[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
