package com.projectflo.platform.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the REST edge knows about the current request and services need: its correlation id (quoted
 * in audit rows) and the subject of its verified access token. Batch jobs and timers set the
 * subject {@link #SYSTEM}.
 */
@RequestScoped
public class RequestMetadata {

  public static final String SYSTEM = "system";

  private String correlationId;
  private String subject;

  public String correlationId() {
    return correlationId;
  }

  public void setCorrelationId(String correlationId) {
    this.correlationId = correlationId;
  }

  /** The verified token subject ({@code contributor:12}, {@code client-user:3}), or null. */
  public String subject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }
}
