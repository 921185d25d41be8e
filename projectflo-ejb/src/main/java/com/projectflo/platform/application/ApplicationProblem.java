package com.projectflo.platform.application;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the caller can act on (unknown resource, invalid input, conflict). Thrown by services;
 * the EJB container passes it through unwrapped and rolls the transaction back, and the REST edge
 * turns it into an RFC 9457 problem.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ApplicationProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected ApplicationProblem(String message) {
    super(message);
  }
}
