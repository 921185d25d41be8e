package com.projectflo.platform.rest;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The body of the 401 the container sends when MicroProfile JWT rejects a request (no token, bad
 * signature, wrong issuer or audience, expired): the same problem document as every other error
 * (web.xml maps error code 401 here).
 */
@WebServlet(UnauthenticatedProblemServlet.PATH)
public class UnauthenticatedProblemServlet extends HttpServlet {

  static final String PATH = "/problems/unauthenticated";
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object uri = request.getAttribute("jakarta.servlet.error.request_uri");
    String instance = uri == null ? null : uri.toString();
    String detail =
        request.getHeader("Authorization") == null
            ? "Sign in first: send Authorization: Bearer <accessToken>"
            : "The access token is invalid or has expired; refresh it or sign in again";
    Problem problem =
        new Problem(
                ProblemTranslator.TYPE_PREFIX + "unauthenticated",
                "Unauthorized",
                HttpServletResponse.SC_UNAUTHORIZED,
                detail,
                null,
                null,
                null)
            .withContext(instance, CorrelationIdFilter.correlationIdOf(request));
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader(CorrelationIdFilter.HEADER, problem.correlationId());
    response.getWriter().write(JsonbConfiguration.jsonb().toJson(problem));
  }
}
