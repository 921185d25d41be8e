package com.projectflo.platform.rest;

import com.projectflo.platform.application.RequestMetadata;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Hands the subject of the access token, which MicroProfile JWT has verified (signature, issuer,
 * audience, expiry) before the request got here, to the services. What the subject may do is
 * decided there, from the database.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Inject private RequestMetadata metadata;

  @Override
  public void filter(ContainerRequestContext request) {
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (principal instanceof JsonWebToken token && token.getSubject() != null) {
      metadata.setSubject(token.getSubject());
    }
  }
}
