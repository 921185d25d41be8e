package com.projectflo.platform.rest;

import com.projectflo.platform.application.AccessDeniedException;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.IdempotencyKeyReusedException;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.NotAuthenticatedException;
import com.projectflo.platform.application.PayloadTooLargeException;
import com.projectflo.platform.application.StaleVersionException;
import com.projectflo.platform.application.TooManyAttemptsException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns any exception into the problem the client should see. Causes are searched through the whole
 * chain (the EJB container and the JSON provider wrap them), the specific ones first, so that for
 * example an unreadable JSON body wrapped in a 400 says what is wrong with it. Whatever is not
 * recognised is a 500: a bug, reported without internals.
 */
public final class ProblemTranslator {

  static final String TYPE_PREFIX = "urn:projectflo:problem:";

  /** Yasson's message for a member the target type does not have (fail-on-unknown-properties). */
  private static final Pattern UNKNOWN_JSON_PROPERTY =
      Pattern.compile("Json property (\\S+) can not be mapped");

  private static final Pattern SQL_CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");

  private ProblemTranslator() {}

  public static Problem translate(Throwable failure) {
    return specific(failure)
        .or(() -> fromWebApplicationException(failure))
        .orElseGet(ProblemTranslator::unexpected);
  }

  public static boolean isServerError(Problem problem) {
    return problem.status() >= 500;
  }

  private static Optional<Problem> specific(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Optional<Problem> problem = specificOne(t);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<Problem> specificOne(Throwable t) {
    if (t instanceof NotAuthenticatedException e) {
      return Optional.of(problem("unauthenticated", Status.UNAUTHORIZED, e.getMessage(), null));
    }
    if (t instanceof AccessDeniedException e) {
      return Optional.of(problem("forbidden", Status.FORBIDDEN, e.getMessage(), null));
    }
    if (t instanceof TooManyAttemptsException e) {
      return Optional.of(
          problem("too-many-attempts", Status.TOO_MANY_REQUESTS, e.getMessage(), null));
    }
    if (t instanceof NoSuchResourceException e) {
      return Optional.of(problem("not-found", Status.NOT_FOUND, e.getMessage(), null));
    }
    if (t instanceof InvalidInputException e) {
      return Optional.of(validation(e.getMessage(), e.violations()));
    }
    if (t instanceof ConflictException e) {
      List<FieldViolation> errors =
          e.field() == null ? null : List.of(new FieldViolation(e.field(), e.getMessage()));
      return Optional.of(
          problem("conflict", Status.CONFLICT, e.getMessage(), errors).withAllowed(e.allowed()));
    }
    if (t instanceof IdempotencyKeyReusedException e) {
      return Optional.of(
          new Problem(
              TYPE_PREFIX + "idempotency-key-reused",
              "Unprocessable Content",
              422,
              e.getMessage(),
              null,
              null,
              List.of(new FieldViolation("Idempotency-Key", e.getMessage()))));
    }
    if (t instanceof PayloadTooLargeException e) {
      return Optional.of(
          problem("payload-too-large", Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage(), null));
    }
    if (t instanceof StaleVersionException e) {
      return Optional.of(
          problem("stale-version", Status.PRECONDITION_FAILED, e.getMessage(), null));
    }
    if (t instanceof ConstraintViolationException e) {
      return Optional.of(fromConstraintViolations(e));
    }
    if (t instanceof OptimisticLockException
        || t.getClass()
            .getName()
            .equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
      return Optional.of(
          problem(
              "concurrent-update",
              Status.CONFLICT,
              "Someone else changed this resource at the same time; reload it and retry",
              null));
    }
    if (t instanceof JsonParsingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber();
      return Optional.of(
          problem(
              "malformed-json",
              Status.BAD_REQUEST,
              "The request body is not valid JSON" + where,
              null));
    }
    if (t instanceof JsonbException || t instanceof JsonException) {
      return Optional.of(unreadableBody(t));
    }
    if (t instanceof SQLException e && e.getSQLState() != null) {
      return fromSqlState(e);
    }
    return Optional.empty();
  }

  private static Problem unreadableBody(Throwable t) {
    return unknownProperty(t)
        .map(v -> validation("Unknown property " + v.field(), List.of(v)))
        .orElseGet(
            () ->
                problem(
                    "malformed-json",
                    Status.BAD_REQUEST,
                    "The request body is not JSON of the shape this endpoint expects",
                    null));
  }

  /**
   * The same diagnosis as an exception a service may throw: for JSON read inside a transaction (a
   * merge patch applied to the current state), where a JsonbException would be a system error.
   */
  public static InvalidInputException invalidBody(JsonbException e) {
    return new InvalidInputException(
        List.of(
            unknownProperty(e)
                .orElse(
                    new FieldViolation("body", "is not JSON of the shape this endpoint expects"))));
  }

  private static Optional<FieldViolation> unknownProperty(Throwable t) {
    Matcher unknown = UNKNOWN_JSON_PROPERTY.matcher(String.valueOf(t.getMessage()));
    return unknown.find()
        ? Optional.of(new FieldViolation(unknown.group(1), "is not a known property"))
        : Optional.empty();
  }

  private static Optional<Problem> fromSqlState(SQLException e) {
    Matcher constraint = SQL_CONSTRAINT.matcher(String.valueOf(e.getMessage()));
    String name = constraint.find() ? constraint.group(1) : "a constraint";
    return switch (e.getSQLState()) {
      case "23505" ->
          Optional.of(
              problem(
                  "duplicate",
                  Status.CONFLICT,
                  "Another record already has this value (" + name + ")",
                  null));
      case "23503" ->
          Optional.of(
              problem(
                  "still-referenced",
                  Status.CONFLICT,
                  "The change breaks a reference between records (" + name + ")",
                  null));
      case "23502", "23514", "22001", "22003" ->
          Optional.of(
              problem(
                  "validation",
                  Status.BAD_REQUEST,
                  "The input breaks a rule of the database (" + name + ")",
                  null));
      case "22021", "22P05" ->
          Optional.of(
              problem(
                  "validation",
                  Status.BAD_REQUEST,
                  "The input holds a character the database cannot store (such as U+0000)",
                  null));
      case "40001", "40P01" ->
          Optional.of(
              problem(
                  "concurrent-update",
                  Status.CONFLICT,
                  "A concurrent change got in the way; retry the request",
                  null));
      default -> Optional.empty();
    };
  }

  private static Problem fromConstraintViolations(ConstraintViolationException e) {
    List<FieldViolation> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
            .sorted(
                Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
            .toList();
    String detail =
        errors.stream()
            .map(v -> v.field() + " " + v.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid input");
    return validation(detail, errors);
  }

  /**
   * The client-facing name of a violated value: the property path inside the validated argument
   * ({@code createContact.details.email} becomes {@code email}); the argument's own name when the
   * argument itself is at fault ({@code details} → "body" for a missing request body).
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
        if (node.getIndex() != null) {
          field.append('[').append(node.getIndex()).append(']');
        }
      }
    }
    if (!field.isEmpty()) {
      return field.toString();
    }
    return parameter == null ? "body" : parameter;
  }

  private static Optional<Problem> fromWebApplicationException(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
        int status = e.getResponse().getStatus();
        Status known = Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return Optional.of(
            new Problem("about:blank", title, status, clientMessage(status, e), null, null, null));
      }
    }
    return Optional.empty();
  }

  private static String clientMessage(int status, WebApplicationException e) {
    return switch (status) {
      case 400 ->
          String.valueOf(e.getMessage()).startsWith("RESTEASY")
              ? "The request is malformed: a parameter or a part of its body cannot be read"
              : e.getMessage();
      case 404 -> "There is no resource at this address";
      case 405 -> "This method is not allowed here";
      case 406 -> "This resource cannot be represented in the requested media type";
      case 415 ->
          "Unsupported Content-Type; send application/json, or the media type the operation"
              + " documents (multipart/form-data for uploads)";
      default -> e.getMessage();
    };
  }

  private static Problem unexpected() {
    return new Problem(
        TYPE_PREFIX + "internal-error",
        "Internal Server Error",
        500,
        "The server failed to handle the request; quote the correlation id when reporting it",
        null,
        null,
        null);
  }

  private static Problem validation(String detail, List<FieldViolation> errors) {
    return problem("validation", Status.BAD_REQUEST, detail, errors);
  }

  private static Problem problem(
      String type, Status status, String detail, List<FieldViolation> errors) {
    return new Problem(
        TYPE_PREFIX + type,
        status.getReasonPhrase(),
        status.getStatusCode(),
        detail,
        null,
        null,
        errors);
  }
}
