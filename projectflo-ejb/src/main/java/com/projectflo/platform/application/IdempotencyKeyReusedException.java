package com.projectflo.platform.application;

/**
 * An {@code Idempotency-Key} sent again with a different request (HTTP 422): the first request's
 * response is kept, the new one is refused.
 */
public class IdempotencyKeyReusedException extends ApplicationProblem {

  private static final long serialVersionUID = 1L;

  public IdempotencyKeyReusedException(String message) {
    super(message);
  }
}
