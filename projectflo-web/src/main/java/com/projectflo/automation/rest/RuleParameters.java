package com.projectflo.automation.rest;

import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.InputErrors;

/** Query-parameter and body helpers shared by the automation-rule resources. */
final class RuleParameters {

  private RuleParameters() {}

  /** An optional integer query parameter: absent stays null. */
  static Integer optionalInteger(InputErrors errors, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return errors.integer(name, value, 0);
  }

  /** A required integer query parameter: absent or malformed, it is reported. */
  static Integer requiredInteger(InputErrors errors, String name, String value) {
    if (value == null || value.isBlank()) {
      errors.add(name, "is required");
      return null;
    }
    return optionalInteger(errors, name, value);
  }

  /** Refuses a missing body. */
  static <T> T body(T body) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    return body;
  }
}
