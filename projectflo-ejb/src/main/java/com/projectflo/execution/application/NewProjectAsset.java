package com.projectflo.execution.application;

import com.projectflo.execution.model.ProjectAssetType;
import com.projectflo.platform.application.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A media file to register on a project: its type, the scene it belongs to (optional), its name and
 * where it is stored. The path is a relative or absolute storage path or URI without {@code ..}
 * segments, backslashes or control characters.
 */
public record NewProjectAsset(
    @NotNull ProjectAssetType assetType,
    Integer coverageSceneId,
    @NotBlank
        @Size(max = 255)
        @Pattern(
            regexp = "[^/\\\\\\p{Cntrl}]+",
            message = "must be a file name without slashes or control characters")
        String fileName,
    @NotBlank
        @Size(max = 1024)
        @Pattern(
            regexp = "(?!.*(^|/)\\.\\.(/|$))[^\\\\\\p{Cntrl}]+",
            message =
                "must be a storage path without '..' segments, backslashes or control characters")
        String storagePath) {

  public NewProjectAsset {
    fileName = Text.trimToNull(fileName);
    storagePath = Text.trimToNull(storagePath);
  }
}
