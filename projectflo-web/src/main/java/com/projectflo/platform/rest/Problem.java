package com.projectflo.platform.rest;

import com.projectflo.platform.application.FieldViolation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body. Absent members are omitted; {@code errors} lists the input
 * fields at fault and {@code correlationId} ties a 5xx to the server log.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String correlationId,
    List<FieldViolation> errors,
    @Schema(description = "For a refused state change: the values the request could use instead")
        List<String> allowed) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      String correlationId,
      List<FieldViolation> errors) {
    this(type, title, status, detail, instance, correlationId, errors, null);
  }

  public Problem withContext(String instance, String correlationId) {
    return new Problem(type, title, status, detail, instance, correlationId, errors, allowed);
  }

  public Problem withAllowed(List<String> values) {
    return new Problem(type, title, status, detail, instance, correlationId, errors, values);
  }
}
