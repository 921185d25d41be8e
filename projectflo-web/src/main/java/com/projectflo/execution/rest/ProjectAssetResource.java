package com.projectflo.execution.rest;

import com.projectflo.execution.application.NewProjectAsset;
import com.projectflo.execution.application.ProjectAssetService;
import com.projectflo.execution.model.ProjectAsset;
import com.projectflo.execution.model.ProjectAssetType;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/projects/{projectId}/assets}: media files registered per scene (staff only). */
@Path("/projects/{projectId}/assets")
@RequestScoped
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class ProjectAssetResource {

  @Inject private ProjectAssetService assets;

  @Inject private Validator validator;

  /** Body of POST /api/projects/{projectId}/assets. */
  @Schema(name = "ProjectAssetRequest")
  public record AssetRequest(
      @Schema(
              required = true,
              enumeration = {"Raw Footage", "Audio File", "Project File", "Export"})
          String assetType,
      Integer coverageSceneId,
      @Schema(required = true, maxLength = 255) String fileName,
      @Schema(
              required = true,
              maxLength = 1024,
              description =
                  "Storage path or URI; no '..' segments, backslashes or control characters")
          String storagePath) {}

  /** A registered asset. */
  @Schema(name = "ProjectAsset")
  public record AssetResponse(
      int id,
      int projectId,
      Integer coverageSceneId,
      String coverageSceneName,
      String assetType,
      String fileName,
      String storagePath) {
    static AssetResponse of(ProjectAsset asset) {
      return new AssetResponse(
          asset.getId(),
          asset.getProject().getId(),
          asset.getCoverageScene() == null ? null : asset.getCoverageScene().getId(),
          asset.getCoverageScene() == null ? null : asset.getCoverageScene().getName(),
          asset.getAssetType() == null ? null : asset.getAssetType().label(),
          asset.getFileName(),
          asset.getStoragePath());
    }
  }

  @GET
  @Operation(summary = "A project's assets", description = "In id order, optionally of one scene.")
  @APIResponse(responseCode = "200", description = "One page of assets")
  public ListResponse<AssetResponse> list(
      @PathParam("projectId") int projectId,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("coverageSceneId")
          String sceneId,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    InputErrors errors = new InputErrors();
    Integer scene = errors.optionalInteger("coverageSceneId", sceneId);
    var page = errors.validated(validator, errors.page(limit, cursor));
    return ListResponse.of(assets.listAssets(projectId, scene, page), AssetResponse::of);
  }

  @POST
  @Operation(summary = "Register an asset", description = "Needs tasks.write on the project.")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = AssetResponse.class)))
  public Response register(
      @PathParam("projectId") int projectId, AssetRequest body, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    InputErrors errors = new InputErrors();
    ProjectAssetType type = errors.label("assetType", body.assetType(), ProjectAssetType.class);
    NewProjectAsset draft =
        errors.validated(
            validator,
            new NewProjectAsset(type, body.coverageSceneId(), body.fileName(), body.storagePath()));
    ProjectAsset asset = assets.registerAsset(projectId, draft);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(asset.getId())).build())
        .entity(AssetResponse.of(asset))
        .build();
  }

  @DELETE
  @Path("{assetId}")
  @Operation(summary = "Remove an asset's registration")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response remove(@PathParam("projectId") int projectId, @PathParam("assetId") int assetId) {
    assets.removeAsset(projectId, assetId);
    return Response.noContent().build();
  }
}
