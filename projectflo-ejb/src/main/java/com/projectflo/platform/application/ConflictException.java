package com.projectflo.platform.application;

import java.util.List;

/**
 * The request is well-formed but clashes with the current state: a duplicate, a stale version, an
 * illegal state transition (HTTP 409). {@code field} names the input at fault, when there is one.
 */
public class ConflictException extends ApplicationProblem {

  private static final long serialVersionUID = 1L;

  private final String field;

  public ConflictException(String message) {
    this(null, message);
  }

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }

  /** For a refused state change: the values that would be accepted instead (null: none named). */
  public List<String> allowed() {
    return null;
  }
}
