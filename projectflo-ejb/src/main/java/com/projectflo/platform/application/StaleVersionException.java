package com.projectflo.platform.application;

/**
 * The caller made its change conditional on a version ({@code If-Match}) that is no longer current
 * (HTTP 412).
 */
public class StaleVersionException extends ApplicationProblem {

  private static final long serialVersionUID = 1L;

  public StaleVersionException(String resource, Object id, long expected, long actual) {
    super(
        resource
            + " "
            + id
            + " is at version "
            + actual
            + ", not "
            + expected
            + "; reload it and retry");
  }
}
