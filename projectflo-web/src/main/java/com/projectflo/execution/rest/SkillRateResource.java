package com.projectflo.execution.rest;

import com.projectflo.execution.application.SkillRateService;
import com.projectflo.execution.model.ContributorSkillRate;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/contributors/{contributorId}/skill-rates}: what a contributor charges per task
 * template; read with contributors.read, changed with contributors.write.
 */
@Path("/contributors/{contributorId}/skill-rates")
@RequestScoped
@Tag(name = "Contributors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class SkillRateResource {

  @Inject private SkillRateService rates;

  /** Body of PUT …/skill-rates/{taskTemplateId}. */
  @Schema(name = "SkillRateRequest")
  public record RateRequest(
      @Schema(required = true, description = "≥ 0, two decimals") BigDecimal rate) {}

  /** A contributor's rate for a task template. */
  @Schema(name = "SkillRate")
  public record RateResponse(
      int contributorId, int taskTemplateId, String taskTemplateName, BigDecimal rate) {
    static RateResponse of(ContributorSkillRate row) {
      return new RateResponse(
          row.getContributor().getId(),
          row.getTaskTemplate().getId(),
          row.getTaskTemplate().getName(),
          row.getRate());
    }
  }

  @GET
  @Operation(summary = "A contributor's skill rates", description = "By task template id.")
  @APIResponse(responseCode = "200", description = "The rates")
  public List<RateResponse> list(@PathParam("contributorId") int contributorId) {
    return rates.listSkillRates(contributorId).stream().map(RateResponse::of).toList();
  }

  @PUT
  @Path("{taskTemplateId}")
  @Operation(summary = "Set a contributor's rate for a task template")
  @APIResponse(responseCode = "200", description = "The rate")
  public RateResponse set(
      @PathParam("contributorId") int contributorId,
      @PathParam("taskTemplateId") int taskTemplateId,
      RateRequest body) {
    BigDecimal rate = body == null ? null : body.rate();
    if (rate == null) {
      throw new InvalidInputException("rate", "is required");
    }
    if (rate.signum() < 0
        || rate.stripTrailingZeros().scale() > 2
        || rate.compareTo(new BigDecimal("999999.99")) > 0) {
      throw new InvalidInputException(
          "rate", "must be ≥ 0 with at most two decimals (below 1000000)");
    }
    return RateResponse.of(rates.setSkillRate(contributorId, taskTemplateId, rate));
  }

  @DELETE
  @Path("{taskTemplateId}")
  @Operation(summary = "Remove a contributor's rate for a task template")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response remove(
      @PathParam("contributorId") int contributorId,
      @PathParam("taskTemplateId") int taskTemplateId) {
    rates.removeSkillRate(contributorId, taskTemplateId);
    return Response.noContent().build();
  }
}
