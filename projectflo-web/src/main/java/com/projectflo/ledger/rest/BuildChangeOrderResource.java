package com.projectflo.ledger.rest;

import com.projectflo.ledger.application.ChangeOrderProposal;
import com.projectflo.ledger.application.ChangeOrderService;
import com.projectflo.ledger.application.ChangeOrderView;
import com.projectflo.ledger.model.DiscountType;
import com.projectflo.platform.rest.InputErrors;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/builds/{buildId}/change-orders}: every change to a booked build, priced. */
@Path("/builds/{buildId}/change-orders")
@RequestScoped
@Tag(name = "Change orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class BuildChangeOrderResource {

  @Inject private ChangeOrderService changeOrders;

  @Inject private Validator validator;

  @POST
  @Operation(
      summary = "Propose a change order",
      description =
          "Prices the configuration the operations lead to; priceDelta = its price − the current"
              + " one; optional discount (Percentage of a positive delta, or Fixed) with a reason."
              + " Status Pending Approval; one pending per build (409).")
  @APIResponse(
      responseCode = "201",
      description = "The pending change order with the proposed configuration",
      content = @Content(schema = @Schema(implementation = ChangeOrderResponse.class)))
  @APIResponse(responseCode = "409", ref = ProjectFloApplication.CONFLICT)
  public Response propose(
      @PathParam("buildId") int buildId, ChangeOrderRequest body, @Context UriInfo uri) {
    InputErrors errors = new InputErrors();
    ChangeOrderRequest request =
        body == null ? new ChangeOrderRequest(null, null, null, null, null) : body;
    ChangeOrderProposal proposal =
        new ChangeOrderProposal(
            request.description(),
            request.operations() == null ? null : OperationRequests.of(request.operations()),
            errors.label("discountType", request.discountType(), DiscountType.class),
            request.discountValue(),
            request.discountReason());
    ChangeOrderView view =
        changeOrders.proposeChangeOrder(buildId, errors.validated(validator, proposal));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("change-orders")
                .path(String.valueOf(view.changeOrder().getId()))
                .build())
        .tag(ChangeOrderResource.etag(view))
        .entity(ChangeOrderResponse.of(view))
        .build();
  }

  @GET
  @Operation(summary = "The change orders of a build, by version number")
  @APIResponse(responseCode = "200", description = "Every change order, version 1 first")
  public List<ChangeOrderResponse> list(@PathParam("buildId") int buildId) {
    return changeOrders.listChangeOrders(buildId).stream().map(ChangeOrderResponse::of).toList();
  }
}
