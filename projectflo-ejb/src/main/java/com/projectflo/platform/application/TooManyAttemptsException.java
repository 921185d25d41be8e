package com.projectflo.platform.application;

/** Refused for a while after too many failed attempts (HTTP 429 with Retry-After). */
public class TooManyAttemptsException extends ApplicationProblem {

  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public TooManyAttemptsException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
