package com.projectflo.execution.model;

import com.projectflo.catalog.model.CoverageScene;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Table {@code project_assets}: a media file of a project (footage, audio, project file, export).
 */
@Entity
@Table(name = "project_assets")
public class ProjectAsset {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false)
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "coverage_scene_id", nullable = true)
  private CoverageScene coverageScene;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "storage_path", length = 1024)
  private String storagePath;

  @Convert(converter = ProjectAssetType.DbConverter.class)
  @Column(name = "asset_type")
  private ProjectAssetType assetType;

  public Integer getId() {
    return id;
  }

  public Project getProject() {
    return project;
  }

  public void setProject(Project project) {
    this.project = project;
  }

  public CoverageScene getCoverageScene() {
    return coverageScene;
  }

  public void setCoverageScene(CoverageScene coverageScene) {
    this.coverageScene = coverageScene;
  }

  public String getFileName() {
    return fileName;
  }

  public void setFileName(String fileName) {
    this.fileName = fileName;
  }

  public String getStoragePath() {
    return storagePath;
  }

  public void setStoragePath(String storagePath) {
    this.storagePath = storagePath;
  }

  public ProjectAssetType getAssetType() {
    return assetType;
  }

  public void setAssetType(ProjectAssetType assetType) {
    this.assetType = assetType;
  }
}
