package com.projectflo.platform.rest;

import com.projectflo.platform.application.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one exception mapper of the API: every failure leaves as application/problem+json. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(Throwable failure) {
    String correlationId = CorrelationIdFilter.correlationIdOf(request);
    Problem problem =
        ProblemTranslator.translate(failure).withContext(request.getRequestURI(), correlationId);
    if (ProblemTranslator.isServerError(problem)) {
      LOG.log(
          Level.SEVERE,
          "Request "
              + request.getMethod()
              + " "
              + request.getRequestURI()
              + " failed [correlationId="
              + correlationId
              + "]",
          failure);
    } else {
      LOG.fine(() -> problem.status() + " " + request.getRequestURI() + ": " + problem.detail());
    }
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (problem.status() == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"projectflo\"");
    }
    retryAfter(failure).ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
    if (failure instanceof WebApplicationException e) {
      String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
      if (allow != null) {
        response.header(HttpHeaders.ALLOW, allow);
      }
    }
    return response.build();
  }

  private static Optional<Long> retryAfter(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TooManyAttemptsException e) {
        return Optional.of(e.retryAfterSeconds());
      }
    }
    return Optional.empty();
  }
}
