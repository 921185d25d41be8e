package com.projectflo.platform.rest;

import com.projectflo.platform.application.RequestMetadata;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-Id} when it is a sane
 * token, a new UUID otherwise. It is echoed in the response header and quoted in 5xx problems and
 * in the server log.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class CorrelationIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "X-Correlation-Id";
  private static final String ATTRIBUTE = CorrelationIdFilter.class.getName();
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @Inject private RequestMetadata metadata;

  @Override
  public void filter(ContainerRequestContext request) {
    String supplied = request.getHeaderString(HEADER);
    String id =
        supplied != null && SANE.matcher(supplied).matches()
            ? supplied
            : UUID.randomUUID().toString();
    request.setProperty(ATTRIBUTE, id);
    metadata.setCorrelationId(id);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(ATTRIBUTE);
    if (id != null) {
      response.getHeaders().putSingle(HEADER, id);
    }
  }

  /** The id of the current request; request properties are servlet request attributes. */
  static String correlationIdOf(HttpServletRequest request) {
    Object id = request.getAttribute(ATTRIBUTE);
    if (id == null) {
      id = UUID.randomUUID().toString();
      request.setAttribute(ATTRIBUTE, id);
    }
    return id.toString();
  }
}
