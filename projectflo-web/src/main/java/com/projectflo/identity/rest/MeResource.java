package com.projectflo.identity.rest;

import com.projectflo.identity.application.ContributorService;
import com.projectflo.identity.application.MeService;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/me}: the signed-in caller. */
@Path("/me")
@RequestScoped
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
public class MeResource {

  @Inject private MeService me;

  @Inject private ContributorService contributors;

  @GET
  @Operation(
      summary = "Who am I",
      description =
          "Kind (contributor or client-user), system role, effective permissions, and for a"
              + " contributor the role held on each assigned project.")
  @APIResponse(responseCode = "200", description = "The caller")
  public MeResponse whoAmI() {
    return MeResponse.of(me.whoAmI());
  }

  @POST
  @Path("password")
  @Operation(summary = "Change my password (contributors)")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
  public Response changePassword(PasswordChangeRequest body) {
    List<FieldViolation> missing = new ArrayList<>();
    if (body == null || body.currentPassword() == null) {
      missing.add(new FieldViolation("currentPassword", "is required"));
    }
    if (body == null || body.newPassword() == null) {
      missing.add(new FieldViolation("newPassword", "is required"));
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    contributors.changeOwnPassword(body.currentPassword(), body.newPassword());
    return Response.noContent().build();
  }
}
