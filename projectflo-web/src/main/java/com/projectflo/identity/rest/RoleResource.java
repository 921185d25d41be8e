package com.projectflo.identity.rest;

import com.projectflo.identity.application.RoleDetails;
import com.projectflo.identity.application.RoleService;
import com.projectflo.identity.application.RoleView;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/roles}: roles (system-wide and per project) and the permissions they grant. */
@Path("/roles")
@RequestScoped
@Tag(name = "Team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class RoleResource {

  @Inject private RoleService roles;

  @Inject private Validator validator;

  @GET
  @Operation(summary = "List roles with their permissions")
  @APIResponse(responseCode = "200", description = "Every role, by name")
  public List<RoleResponse> list() {
    return roles.listRoles().stream().map(RoleResponse::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a role")
  @APIResponse(responseCode = "200", description = "The role")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public RoleResponse get(@PathParam("id") int id) {
    return RoleResponse.of(roles.getRole(id));
  }

  @POST
  @Operation(summary = "Create a role", description = "Needs admin.roles.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response create(RoleRequest body, @Context UriInfo uri) {
    RoleView created = roles.createRole(details(body));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(RoleResponse.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Replace a role's name, description and permissions",
      description = "Needs admin.roles; takes effect at the holders' next request.")
  @APIResponse(responseCode = "200", description = "The role")
  @APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public RoleResponse update(@PathParam("id") int id, RoleRequest body) {
    return RoleResponse.of(roles.updateRole(id, details(body)));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete a role",
      description = "Needs admin.roles; 409 while a contributor or assignment holds it.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response delete(@PathParam("id") int id) {
    roles.deleteRole(id);
    return Response.noContent().build();
  }

  private RoleDetails details(RoleRequest body) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    return new InputErrors().validated(validator, body.toDetails());
  }
}
