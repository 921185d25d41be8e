package com.projectflo.platform.application;

import java.util.List;

/** Input that breaks a rule Bean Validation cannot express (HTTP 400), field by field. */
public class InvalidInputException extends ApplicationProblem {

  private static final long serialVersionUID = 1L;

  private final List<FieldViolation> violations;

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldViolation(field, message)));
  }

  public InvalidInputException(List<FieldViolation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + ": " + v.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid input"));
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
