package com.projectflo.identity.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.identity.application.ContributorService;
import com.projectflo.identity.model.Contributor;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** {@code /api/contributors}: the studio's team. */
@Path("/contributors")
@RequestScoped
@Tag(name = "Team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class ContributorResource {

  @Inject private ContributorService contributors;

  @Inject private Validator validator;

  @POST
  @Operation(
      summary = "Create a contributor with its contact",
      description = "Needs contributors.write (and admin.roles to give a system role).")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ContributorResponse.class)))
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response create(ContributorRequest body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    Contributor created =
        contributors.createContributor(errors.validated(validator, body.toDraft(errors)));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
        .tag(etag(created))
        .entity(ContributorResponse.of(created))
        .build();
  }

  @GET
  @Operation(summary = "List contributors", description = "In id order; archived ones on request.")
  @APIResponse(responseCode = "200", description = "One page of contributors")
  public ListResponse<ContributorResponse> list(
      @QueryParam("includeArchived") String includeArchived,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    InputErrors errors = new InputErrors();
    boolean archived = errors.bool("includeArchived", includeArchived, false);
    var page = errors.validated(validator, errors.page(limit, cursor));
    return ListResponse.of(contributors.listContributors(archived, page), ContributorResponse::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a contributor", description = "Oneself, or with contributors.read.")
  @APIResponse(
      responseCode = "200",
      description = "The contributor",
      content = @Content(schema = @Schema(implementation = ContributorResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response get(@PathParam("id") int id) {
    return ok(contributors.getContributor(id));
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Change a contributor's type and default rate",
      description = "Honours If-Match.")
  @APIResponse(responseCode = "200", description = "The updated contributor")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response update(
      @PathParam("id") int id,
      ContributorProfileRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    return ok(
        contributors.updateContributor(
            id, errors.validated(validator, body.toProfile(errors)), ifMatchVersion(ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Archive a contributor",
      description = "Soft delete; signs the contributor out everywhere. Honours If-Match.")
  @APIResponse(responseCode = "204", description = "Archived")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response archive(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    contributors.archiveContributor(id, ifMatchVersion(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Restore an archived contributor")
  @APIResponse(responseCode = "200", description = "The restored contributor")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response restore(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(contributors.restoreContributor(id, ifMatchVersion(ifMatch)));
  }

  @PUT
  @Path("{id}/role")
  @Operation(
      summary = "Set or remove the system role",
      description = "Needs admin.roles; the contributor is notified.")
  @APIResponse(responseCode = "200", description = "The updated contributor")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response setRole(
      @PathParam("id") int id,
      SystemRoleRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    return ok(contributors.setSystemRole(id, body.roleId(), ifMatchVersion(ifMatch)));
  }

  @POST
  @Path("{id}/password")
  @Operation(
      summary = "Reset a contributor's password",
      description = "Needs contributors.write; every session of the contributor ends.")
  @APIResponse(responseCode = "204", description = "Reset")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response resetPassword(@PathParam("id") int id, PasswordResetRequest body) {
    if (body == null || body.newPassword() == null) {
      throw new InvalidInputException("newPassword", "is required");
    }
    contributors.resetPassword(id, body.newPassword());
    return Response.noContent().build();
  }

  private static Response ok(Contributor contributor) {
    return Response.ok(ContributorResponse.of(contributor)).tag(etag(contributor)).build();
  }

  private static EntityTag etag(Contributor contributor) {
    return new EntityTag(String.valueOf(contributor.getVersion()));
  }
}
