package com.projectflo.platform.application;

/** The caller is not known: no credentials, or credentials that no longer hold (HTTP 401). */
public class NotAuthenticatedException extends ApplicationProblem {

  private static final long serialVersionUID = 1L;

  public NotAuthenticatedException(String message) {
    super(message);
  }
}
