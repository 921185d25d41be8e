package com.projectflo.operations.rest;

import com.projectflo.operations.application.BatchExecutionView;
import com.projectflo.operations.application.BatchJobService;
import com.projectflo.platform.application.PageRequest;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/batch}: the Jakarta Batch jobs (invoicing, benchmarks), their executions and
 * progress; start, stop, restart. Everything needs batch.run. Rules in docs/batch.md. Start and
 * restart take an optional JSON body, so a bare POST (no body, no Content-Type) is accepted.
 */
@Path("/batch")
@RequestScoped
@Tag(name = "Batch jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class BatchJobResource {

  private static final String EXECUTIONS = "executions";

  @Inject private BatchJobService jobs;

  @Inject private Validator validator;

  @GET
  @Path("jobs")
  @Operation(summary = "The batch jobs, their parameters and nightly schedule")
  @APIResponse(responseCode = "200", description = "Every job")
  public List<BatchJobResponse> listJobs() {
    return jobs.describeJobs().stream().map(BatchJobResponse::of).toList();
  }

  @POST
  @Path("jobs/{name}/executions")
  @Operation(
      summary = "Start a job",
      description =
          "Starts the job now with the given parameters (the others take their defaults; asOf"
              + " is today in the batch time zone). 409 while an execution of the job is running.")
  @APIResponse(
      responseCode = "202",
      description = "Started; Location is the execution, whose status tells when it ends",
      content = @Content(schema = @Schema(implementation = BatchExecutionResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobRunRequest.class)))
  public Response start(@PathParam("name") String name, String body, @Context UriInfo uri) {
    return accepted(jobs.startJob(name, JobRunRequest.parametersOf(body)), uri);
  }

  @GET
  @Path(EXECUTIONS)
  @Operation(
      summary = "List job executions",
      description = "Executions started through the API or the nightly schedule, newest first.")
  @APIResponse(responseCode = "200", description = "One page of executions")
  public ListResponse<BatchExecutionResponse> listExecutions(
      @QueryParam("jobName") String jobName,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    InputErrors errors = new InputErrors();
    PageRequest page = errors.page(limit, cursor);
    return ListResponse.of(
        jobs.listExecutions(jobName, errors.validated(validator, page)),
        BatchExecutionResponse::of);
  }

  @GET
  @Path(EXECUTIONS + "/{id}")
  @Operation(
      summary = "Get a job execution with its progress",
      description = "Status, the step running now, and per step items read/written/skipped.")
  @APIResponse(
      responseCode = "200",
      description = "The execution",
      content = @Content(schema = @Schema(implementation = BatchExecutionResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public BatchExecutionResponse get(@PathParam("id") long id) {
    return BatchExecutionResponse.of(jobs.getExecution(id));
  }

  @POST
  @Path(EXECUTIONS + "/{id}/stop")
  @Operation(
      summary = "Stop a running execution",
      description = "It stops at its next checkpoint and ends STOPPED; it can be restarted.")
  @APIResponse(
      responseCode = "202",
      description = "Stopping",
      content = @Content(schema = @Schema(implementation = BatchExecutionResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response stop(@PathParam("id") long id) {
    return Response.accepted(BatchExecutionResponse.of(jobs.stopExecution(id))).build();
  }

  @POST
  @Path(EXECUTIONS + "/{id}/restart")
  @Operation(
      summary = "Restart a failed or stopped execution",
      description =
          "A new execution of the same job instance resumes from the last checkpoint, with the"
              + " previous parameters overridden by the given ones.")
  @APIResponse(
      responseCode = "202",
      description = "Restarted; Location is the new execution",
      content = @Content(schema = @Schema(implementation = BatchExecutionResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobRunRequest.class)))
  public Response restart(@PathParam("id") long id, String body, @Context UriInfo uri) {
    return accepted(jobs.restartExecution(id, JobRunRequest.parametersOf(body)), uri);
  }

  private static Response accepted(BatchExecutionView execution, UriInfo uri) {
    return Response.accepted(BatchExecutionResponse.of(execution))
        .location(
            uri.getBaseUriBuilder()
                .path("batch")
                .path(EXECUTIONS)
                .path(String.valueOf(execution.executionId()))
                .build())
        .build();
  }
}
