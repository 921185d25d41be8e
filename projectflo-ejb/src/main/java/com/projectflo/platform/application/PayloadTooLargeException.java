package com.projectflo.platform.application;

/** The request carries more data than the server accepts (HTTP 413). */
public class PayloadTooLargeException extends ApplicationProblem {

  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  public PayloadTooLargeException(String what, long limitBytes) {
    super(what + " is larger than the limit of " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
