package com.projectflo.automation.rest;

import static com.projectflo.automation.rest.RuleParameters.optionalInteger;
import static com.projectflo.automation.rest.RuleParameters.requiredInteger;

import com.projectflo.automation.application.RecipeDetails;
import com.projectflo.automation.application.RecipeListQuery;
import com.projectflo.automation.application.RecipeService;
import com.projectflo.automation.model.ComponentTaskRecipe;
import com.projectflo.platform.application.PageRequest;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ListResponse;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/catalog/recipes}: the rules that turn build components into tasks. */
@Path("/catalog/recipes")
@RequestScoped
@Tag(name = "Automation rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class RecipeResource {

  @Inject private RecipeService recipes;

  @Inject private Validator validator;

  @GET
  @Operation(
      summary = "List recipes",
      description =
          "By id. Each filter is an exact id (a filter does not return the recipes open on that"
              + " field). Pass nextCursor back as cursor for the next page. Needs catalog.read.")
  @APIResponse(responseCode = "200", description = "One page of recipes")
  public ListResponse<RecipeResponse> list(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("deliverableId")
          String deliverableId,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("coverageSceneId")
          String coverageSceneId,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("editingStyleId")
          String editingStyleId,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("taskTemplateId")
          String taskTemplateId,
      @Parameter(
              description = "Page size, 1 to 200",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      defaultValue = "50",
                      minimum = "1",
                      maximum = "200"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor) {
    InputErrors errors = new InputErrors();
    Integer deliverable = optionalInteger(errors, "deliverableId", deliverableId);
    Integer scene = optionalInteger(errors, "coverageSceneId", coverageSceneId);
    Integer style = optionalInteger(errors, "editingStyleId", editingStyleId);
    Integer template = optionalInteger(errors, "taskTemplateId", taskTemplateId);
    PageRequest page = errors.validated(validator, errors.page(limit, cursor));
    return ListResponse.of(
        recipes.listRecipes(new RecipeListQuery(deliverable, scene, style, template, page)),
        RecipeResponse::of);
  }

  @GET
  @Path("match")
  @Operation(
      summary = "The task templates a component selects",
      description =
          "The recipes whose deliverable, scene and style are each absent or equal to the"
              + " component's, by priority (highest first), then specificity (more fields named"
              + " first), then recipe id; each template once, from the first recipe. Without"
              + " coverageSceneId the component has no scene: only recipes open on the scene"
              + " match. Unknown ids are a 400. Needs catalog.read.")
  @APIResponse(
      responseCode = "200",
      description = "The selected templates, in order",
      content =
          @Content(
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = RecipeMatchResponse.class)))
  public List<RecipeMatchResponse> match(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("deliverableId")
          String deliverableId,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("coverageSceneId")
          String coverageSceneId,
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("editingStyleId")
          String editingStyleId) {
    InputErrors errors = new InputErrors();
    Integer deliverable = requiredInteger(errors, "deliverableId", deliverableId);
    Integer scene = optionalInteger(errors, "coverageSceneId", coverageSceneId);
    Integer style = requiredInteger(errors, "editingStyleId", editingStyleId);
    errors.throwIfAny();
    return recipes.match(deliverable, scene, style).stream().map(RecipeMatchResponse::of).toList();
  }

  @POST
  @Operation(
      summary = "Create a recipe",
      description =
          "Absent deliverable, scene or style match anything; priority defaults to 0. Unknown ids"
              + " are a 400 naming the field. Needs catalog.write.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location header set",
      content = @Content(schema = @Schema(implementation = RecipeResponse.class)))
  public Response create(RecipeRequest body, @Context UriInfo uri) {
    ComponentTaskRecipe recipe = recipes.createRecipe(details(body));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(recipe.getId())).build())
        .entity(RecipeResponse.of(recipe))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a recipe", description = "Needs catalog.read.")
  @APIResponse(
      responseCode = "200",
      description = "The recipe",
      content = @Content(schema = @Schema(implementation = RecipeResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public RecipeResponse get(@PathParam("id") int id) {
    return RecipeResponse.of(recipes.getRecipe(id));
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Replace a recipe",
      description =
          "Fields left out become open (priority: 0). The rows carry no version, so no If-Match"
              + " is needed. Needs catalog.write.")
  @APIResponse(
      responseCode = "200",
      description = "The updated recipe",
      content = @Content(schema = @Schema(implementation = RecipeResponse.class)))
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public RecipeResponse replace(@PathParam("id") int id, RecipeRequest body) {
    return RecipeResponse.of(recipes.updateRecipe(id, details(body)));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete a recipe",
      description = "A hard delete; the audit log keeps its last state. Needs catalog.write.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
  public Response delete(@PathParam("id") int id) {
    recipes.deleteRecipe(id);
    return Response.noContent().build();
  }

  private RecipeDetails details(RecipeRequest body) {
    return new InputErrors().validated(validator, RuleParameters.body(body).toDetails());
  }
}
