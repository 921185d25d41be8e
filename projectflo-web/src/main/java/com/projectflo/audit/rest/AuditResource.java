package com.projectflo.audit.rest;

import com.projectflo.audit.application.AuditLogService;
import com.projectflo.audit.application.AuditSearch;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/audit}: the audit log, newest first. */
@Path("/audit")
@RequestScoped
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class AuditResource {

  @Inject private AuditLogService auditLog;

  @Inject private Validator validator;

  @GET
  @Operation(summary = "Search the audit log", description = "Needs audit.read.")
  @APIResponse(responseCode = "200", description = "One page, newest first")
  public ListResponse<AuditEntryResponse> search(
      @Parameter(description = "Entity kind, e.g. contact") @QueryParam("entity") String entity,
      @Parameter(description = "Entity id") @QueryParam("id") String id,
      @Parameter(description = "contributor:<id>, client-user:<id> or system") @QueryParam("actor")
          String actor,
      @Parameter(description = "Action, e.g. contact.update") @QueryParam("action") String action,
      @Parameter(description = "From (inclusive), RFC 3339") @QueryParam("from") String from,
      @Parameter(description = "To (exclusive), RFC 3339") @QueryParam("to") String to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    InputErrors errors = new InputErrors();
    AuditSearch search =
        new AuditSearch(
            entity,
            id,
            actor,
            action,
            errors.dateTime("from", from),
            errors.dateTime("to", to),
            errors.page(limit, cursor));
    return ListResponse.of(
        auditLog.search(errors.validated(validator, search)), AuditEntryResponse::of);
  }
}
