package com.projectflo.platform.rest;

import com.projectflo.platform.persistence.DatabaseState;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers 503 (with Retry-After) while the database is unreachable or not migrated yet, instead of
 * letting requests fail on a missing schema.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class ReadinessGate implements ContainerRequestFilter {

  static final int RETRY_AFTER_SECONDS = 10;

  @Inject private DatabaseState database;

  @Override
  public void filter(ContainerRequestContext request) {
    DatabaseState.Snapshot state = database.snapshot();
    if (state.phase() == DatabaseState.Phase.READY) {
      return;
    }
    Problem problem =
        new Problem(
            ProblemTranslator.TYPE_PREFIX + "not-ready",
            "Service Unavailable",
            503,
            "The service is starting or its database is unavailable: " + state.detail(),
            request.getUriInfo().getRequestUri().getPath(),
            null,
            null);
    request.abortWith(
        Response.status(Response.Status.SERVICE_UNAVAILABLE)
            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
            .type(Problem.MEDIA_TYPE)
            .entity(problem)
            .build());
  }
}
