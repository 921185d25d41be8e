package com.projectflo.execution.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.catalog.model.CoverageScene;
import com.projectflo.execution.model.Project;
import com.projectflo.execution.model.ProjectAsset;
import com.projectflo.execution.model.ProjectAssetType;
import com.projectflo.execution.persistence.ProjectAssetRepository;
import com.projectflo.execution.persistence.ProjectRepository;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Media files of a project (footage, audio, project files, exports) registered per scene with their
 * storage path; staff only: tasks.read to list, tasks.write to register and remove.
 */
@Stateless
public class ProjectAssetService {

  static final String RESOURCE = "Project asset";

  @Inject private ProjectAssetRepository assets;

  @Inject private ProjectRepository projects;

  @Inject private ProjectAccess projectAccess;

  @Inject private AuditTrail audit;

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @RequiresPermission
  public Page<ProjectAsset> listAssets(
      int projectId, Integer sceneId, @NotNull @Valid PageRequest page) {
    projectAccess.require(projectId, Permissions.TASKS_READ);
    return page.page(
        assets.findPage(projectId, sceneId, page.afterId(), page.limit() + 1),
        asset -> KeysetCursor.encode(asset.getId()));
  }

  @RequiresPermission
  public ProjectAsset registerAsset(int projectId, @NotNull @Valid NewProjectAsset draft) {
    projectAccess.require(projectId, Permissions.TASKS_WRITE);
    Project project =
        projects
            .findById(projectId)
            .orElseThrow(() -> new NoSuchResourceException("Project", projectId));
    ProjectAsset asset = new ProjectAsset();
    asset.setProject(project);
    if (draft.coverageSceneId() != null) {
      CoverageScene scene = em.find(CoverageScene.class, draft.coverageSceneId());
      if (scene == null) {
        throw new InvalidInputException("coverageSceneId", "does not exist");
      }
      asset.setCoverageScene(scene);
    }
    asset.setAssetType(draft.assetType());
    asset.setFileName(draft.fileName());
    asset.setStoragePath(draft.storagePath());
    assets.add(asset);
    audit.record(
        "project_asset.create", "project-asset", asset.getId(), null, AssetState.of(asset));
    return asset;
  }

  @RequiresPermission
  public void removeAsset(int projectId, int assetId) {
    projectAccess.require(projectId, Permissions.TASKS_WRITE);
    ProjectAsset asset =
        assets
            .findById(assetId)
            .filter(a -> a.getProject().getId() == projectId)
            .orElseThrow(() -> new NoSuchResourceException(RESOURCE, assetId));
    AssetState before = AssetState.of(asset);
    assets.remove(asset);
    audit.record("project_asset.delete", "project-asset", assetId, before, null);
  }

  record AssetState(
      int projectId,
      Integer coverageSceneId,
      ProjectAssetType assetType,
      String fileName,
      String storagePath) {
    static AssetState of(ProjectAsset asset) {
      return new AssetState(
          asset.getProject().getId(),
          asset.getCoverageScene() == null ? null : asset.getCoverageScene().getId(),
          asset.getAssetType(),
          asset.getFileName(),
          asset.getStoragePath());
    }
  }
}
