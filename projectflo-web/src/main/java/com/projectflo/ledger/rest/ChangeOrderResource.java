package com.projectflo.ledger.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.ledger.application.ChangeOrderService;
import com.projectflo.ledger.application.ChangeOrderView;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/change-orders/{id}}: a change order, approved or rejected. */
@Path("/change-orders")
@RequestScoped
@Tag(name = "Change orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class ChangeOrderResource {

  @Inject private ChangeOrderService changeOrders;

  @GET
  @Path("{id}")
  @Operation(summary = "Get a change order")
  @APIResponse(
      responseCode = "200",
      description = "The change order; ETag header set",
      content = @Content(schema = @Schema(implementation = ChangeOrderResponse.class)))
  public Response get(@PathParam("id") int id) {
    return ok(changeOrders.getChangeOrder(id));
  }

  @POST
  @Path("{id}/approve")
  @Operation(
      summary = "Approve a pending change order",
      description =
          "By staff with builds.approve or the build's portal user: applies the operations, sets"
              + " the approved price to the new total and writes the next snapshot. Honours"
              + " If-Match.")
  @APIResponse(responseCode = "200", description = "The approved change order")
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response approve(
      @PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(changeOrders.approveChangeOrder(id, ifMatchVersion(ifMatch)));
  }

  @POST
  @Path("{id}/reject")
  @Operation(
      summary = "Reject a pending change order",
      description = "Nothing about the build changes. Optional note. Honours If-Match.")
  @APIResponse(responseCode = "200", description = "The rejected change order")
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response reject(
      @PathParam("id") int id,
      DecisionRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    String note = body == null ? null : body.note();
    if (note != null && note.length() > 2000) {
      InputErrors errors = new InputErrors();
      errors.add("note", "must be at most 2000 characters");
      errors.throwIfAny();
    }
    return ok(changeOrders.rejectChangeOrder(id, note, ifMatchVersion(ifMatch)));
  }

  private static Response ok(ChangeOrderView view) {
    return Response.ok(ChangeOrderResponse.of(view)).tag(etag(view)).build();
  }

  static EntityTag etag(ChangeOrderView view) {
    return new EntityTag(String.valueOf(view.changeOrder().getVersion()));
  }
}
