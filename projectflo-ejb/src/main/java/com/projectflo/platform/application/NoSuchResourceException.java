package com.projectflo.platform.application;

/** The addressed resource does not exist (HTTP 404). */
public class NoSuchResourceException extends ApplicationProblem {

  private static final long serialVersionUID = 1L;

  public NoSuchResourceException(String resource, Object id) {
    super(resource + " " + id + " does not exist");
  }
}
