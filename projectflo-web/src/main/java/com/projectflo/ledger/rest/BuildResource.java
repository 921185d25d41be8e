package com.projectflo.ledger.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.ledger.application.BookingService;
import com.projectflo.ledger.application.BuildListQuery;
import com.projectflo.ledger.application.BuildService;
import com.projectflo.ledger.application.BuildView;
import com.projectflo.ledger.model.BuildStatus;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/builds}: quotes priced line by line, booking, and the lifecycle after it. */
@Path("/builds")
@RequestScoped
@Tag(name = "Builds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class BuildResource {

  private static final String BUILD_CONTENT = "The build with its priced lines; ETag header set";

  @Inject private BuildService builds;

  @Inject private BookingService booking;

  @Inject private Validator validator;

  @POST
  @Operation(
      summary = "Create the build (quote) of an inquiry",
      description =
          "One build per inquiry (409 for a second). Optional first lines as operations. Needs"
              + " builds.write and projects.all.")
  @APIResponse(
      responseCode = "201",
      description = BUILD_CONTENT,
      content = @Content(schema = @Schema(implementation = BuildResponse.class)))
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response create(BuildRequest body, @Context UriInfo uri) {
    if (body == null || body.inquiryId() == null) {
      InputErrors errors = new InputErrors();
      errors.add("inquiryId", "is required");
      errors.throwIfAny();
    }
    BuildView view = builds.createBuild(body.inquiryId(), OperationRequests.of(body.operations()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(view.build().getId())).build())
        .tag(etag(view))
        .entity(BuildResponse.of(view))
        .build();
  }

  @GET
  @Operation(
      summary = "List builds",
      description =
          "Newest first. System roles see every build; other staff the builds of their projects; a"
              + " portal user its own client's.")
  @APIResponse(responseCode = "200", description = "One page of builds")
  public ListResponse<BuildSummaryResponse> list(
      @QueryParam("status") String status,
      @QueryParam("inquiryId") String inquiryId,
      @QueryParam("clientId") String clientId,
      @QueryParam("projectId") String projectId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    InputErrors errors = new InputErrors();
    BuildListQuery query =
        new BuildListQuery(
            errors.label("status", status, BuildStatus.class),
            errors.optionalInteger("inquiryId", inquiryId),
            errors.optionalInteger("clientId", clientId),
            errors.optionalInteger("projectId", projectId),
            errors.integer("limit", limit, BuildListQuery.DEFAULT_LIMIT),
            cursor);
    return ListResponse.of(
        builds.listBuilds(errors.validated(validator, query)), BuildSummaryResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a build with its line-by-line breakdown")
  @APIResponse(
      responseCode = "200",
      description = BUILD_CONTENT,
      content = @Content(schema = @Schema(implementation = BuildResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response get(@PathParam("id") int id) {
    return ok(builds.getBuild(id));
  }

  @GET
  @Path("{id}/proposal")
  @Operation(
      summary = "The client-facing proposal",
      description = "Readable by the build's portal user once the proposal has been sent.")
  @APIResponse(
      responseCode = "200",
      description = "The proposal",
      content = @Content(schema = @Schema(implementation = ProposalResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public ProposalResponse proposal(@PathParam("id") int id) {
    return ProposalResponse.of(builds.getProposal(id));
  }

  @POST
  @Path("{id}/operations")
  @Operation(
      summary = "Edit a draft build",
      description =
          "Applies the operations in order, all or none, and reprices. A booked build answers 409:"
              + " propose a change order. Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = BUILD_CONTENT,
      content = @Content(schema = @Schema(implementation = BuildResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response edit(
      @PathParam("id") int id,
      OperationsRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    if (body == null || body.operations() == null) {
      InputErrors errors = new InputErrors();
      errors.add("operations", "is required");
      errors.throwIfAny();
    }
    return ok(
        builds.editBuild(id, OperationRequests.of(body.operations()), ifMatchVersion(ifMatch)));
  }

  @POST
  @Path("{id}/send-proposal")
  @Operation(
      summary = "Mark the proposal sent",
      description = "Status Proposal Sent; the inquiry follows when it is New or Contacted.")
  @APIResponse(responseCode = "200", description = BUILD_CONTENT)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response sendProposal(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(builds.sendProposal(id, ifMatchVersion(ifMatch)));
  }

  @POST
  @Path("{id}/book")
  @Operation(
      summary = "Book the build",
      description =
          "One transaction: locks the configuration, approvedPrice = livePrice, status Booked;"
              + " converts the inquiry's contact into a client, creates the project, writes change"
              + " order 1 and snapshot 1. Needs builds.approve. Booking twice: 409.")
  @APIResponse(responseCode = "200", description = BUILD_CONTENT)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response book(@PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(booking.bookBuild(id, ifMatchVersion(ifMatch)));
  }

  @POST
  @Path("{id}/complete")
  @Operation(summary = "Mark a booked build completed")
  @APIResponse(responseCode = "200", description = BUILD_CONTENT)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response complete(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(builds.completeBuild(id, ifMatchVersion(ifMatch)));
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive a completed build, or a quote never booked")
  @APIResponse(responseCode = "200", description = BUILD_CONTENT)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response archive(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(builds.archiveBuild(id, ifMatchVersion(ifMatch)));
  }

  private static Response ok(BuildView view) {
    return Response.ok(BuildResponse.of(view)).tag(etag(view)).build();
  }

  private static EntityTag etag(BuildView view) {
    return new EntityTag(String.valueOf(view.build().getVersion()));
  }
}
