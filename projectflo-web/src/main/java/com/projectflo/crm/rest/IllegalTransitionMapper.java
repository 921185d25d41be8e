package com.projectflo.crm.rest;

import com.projectflo.crm.application.IllegalTransitionException;
import com.projectflo.platform.application.RequestMetadata;
import com.projectflo.platform.rest.JsonbConfiguration;
import com.projectflo.platform.rest.Problem;
import com.projectflo.platform.rest.ProblemTranslator;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;

/**
 * A refused inquiry status move: the 409 problem of {@link ProblemTranslator} plus the extension
 * member {@code allowed}, the statuses the inquiry may move to instead (RFC 9457 §3.2).
 */
@Provider
public class IllegalTransitionMapper implements ExceptionMapper<IllegalTransitionException> {

  @Context private HttpServletRequest request;

  @Inject private RequestMetadata metadata;

  @Override
  public Response toResponse(IllegalTransitionException failure) {
    Problem problem =
        ProblemTranslator.translate(failure)
            .withContext(request.getRequestURI(), metadata.correlationId());
    JsonObject json;
    try (JsonReader reader =
        Json.createReader(new StringReader(JsonbConfiguration.jsonb().toJson(problem)))) {
      json = reader.readObject();
    }
    JsonObject body =
        Json.createObjectBuilder(json)
            .add("allowed", Json.createArrayBuilder(failure.allowed()))
            .build();
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(body.toString())
        .build();
  }
}
