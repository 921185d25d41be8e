package com.projectflo.platform.application;

/** A known caller lacks the permission the operation needs (HTTP 403). */
public class AccessDeniedException extends ApplicationProblem {

  private static final long serialVersionUID = 1L;

  private final String permission;

  public AccessDeniedException(String permission) {
    super("This needs the permission " + permission);
    this.permission = permission;
  }

  public String permission() {
    return permission;
  }
}
