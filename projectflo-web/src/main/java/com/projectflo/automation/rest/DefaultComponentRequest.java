package com.projectflo.automation.rest;

import com.projectflo.automation.application.DefaultComponentDetails;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST and PUT on a deliverable's default components. */
@Schema(name = "DefaultComponentRequest")
public record DefaultComponentRequest(
    @Schema(description = "The coverage scene; absent: none") Integer coverageSceneId,
    @Schema(required = true, description = "The editing style the component gets by default")
        Integer defaultEditingStyleId,
    @Schema(description = "Target length in minutes, at least 0; absent: unknown", example = "4.5")
        BigDecimal defaultTargetMinutes,
    @Schema(description = "Whether the component is included by default", defaultValue = "true")
        Boolean defaultIncluded) {

  DefaultComponentDetails toDetails() {
    return new DefaultComponentDetails(
        coverageSceneId,
        defaultEditingStyleId,
        defaultTargetMinutes,
        defaultIncluded == null || defaultIncluded);
  }
}
