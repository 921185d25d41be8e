package com.projectflo.execution.rest;

import static com.projectflo.platform.rest.InputErrors.ifMatchVersion;

import com.projectflo.execution.application.ExpenseDetails;
import com.projectflo.execution.application.ProjectExpenseService;
import com.projectflo.execution.model.ProjectExpense;
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

/** {@code /api/projects/{projectId}/expenses}: what a project cost besides labour. */
@Path("/projects/{projectId}/expenses")
@RequestScoped
@Tag(name = "Projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class ProjectExpenseResource {

  private static final String EXPENSE_CONTENT = "The expense; ETag header set";

  @Inject private ProjectExpenseService expenses;

  @Inject private Validator validator;

  @POST
  @Operation(
      summary = "Record an expense",
      description =
          "Needs expenses.write on the project. The receipt is a document of the project (upload"
              + " it with POST /api/projects/{projectId}/documents) or an http(s) link.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag headers set",
      content = @Content(schema = @Schema(implementation = ExpenseResponse.class)))
  public Response create(
      @PathParam("projectId") int projectId, ExpenseRequest body, @Context UriInfo uri) {
    ProjectExpense expense = expenses.recordExpense(projectId, details(body));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(expense.getId())).build())
        .tag(etag(expense))
        .entity(ExpenseResponse.of(expense))
        .build();
  }

  @GET
  @Operation(summary = "List a project's expenses", description = "In id order.")
  @APIResponse(responseCode = "200", description = "One page of expenses")
  public ListResponse<ExpenseResponse> list(
      @PathParam("projectId") int projectId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    InputErrors errors = new InputErrors();
    var page = errors.validated(validator, errors.page(limit, cursor));
    return ListResponse.of(expenses.listExpenses(projectId, page), ExpenseResponse::of);
  }

  @GET
  @Path("{expenseId}")
  @Operation(summary = "Get an expense")
  @APIResponse(
      responseCode = "200",
      description = EXPENSE_CONTENT,
      content = @Content(schema = @Schema(implementation = ExpenseResponse.class)))
  public Response get(
      @PathParam("projectId") int projectId, @PathParam("expenseId") int expenseId) {
    return ok(expenses.getExpense(projectId, expenseId));
  }

  @PUT
  @Path("{expenseId}")
  @Operation(summary = "Replace an expense", description = "Honours If-Match.")
  @APIResponse(
      responseCode = "200",
      description = EXPENSE_CONTENT,
      content = @Content(schema = @Schema(implementation = ExpenseResponse.class)))
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response replace(
      @PathParam("projectId") int projectId,
      @PathParam("expenseId") int expenseId,
      ExpenseRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(expenses.updateExpense(projectId, expenseId, details(body), ifMatchVersion(ifMatch)));
  }

  @DELETE
  @Path("{expenseId}")
  @Operation(summary = "Delete an expense", description = "Honours If-Match.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "412", ref = ProjectFloApplication.PRECONDITION_FAILED)
  public Response delete(
      @PathParam("projectId") int projectId,
      @PathParam("expenseId") int expenseId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    expenses.deleteExpense(projectId, expenseId, ifMatchVersion(ifMatch));
    return Response.noContent().build();
  }

  private ExpenseDetails details(ExpenseRequest body) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    return errors.validated(validator, body.toDetails(errors));
  }

  private static Response ok(ProjectExpense expense) {
    return Response.ok(ExpenseResponse.of(expense)).tag(etag(expense)).build();
  }

  private static EntityTag etag(ProjectExpense expense) {
    return new EntityTag(String.valueOf(expense.getVersion()));
  }
}
