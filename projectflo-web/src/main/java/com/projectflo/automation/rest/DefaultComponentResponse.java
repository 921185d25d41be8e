package com.projectflo.automation.rest;

import com.projectflo.automation.model.DeliverableDefaultComponent;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A default component of a deliverable as the API shows it (no version: replaces are plain). */
@Schema(name = "DefaultComponent")
public record DefaultComponentResponse(
    int id,
    int deliverableId,
    Integer coverageSceneId,
    int defaultEditingStyleId,
    BigDecimal defaultTargetMinutes,
    boolean defaultIncluded) {

  static DefaultComponentResponse of(DeliverableDefaultComponent component) {
    return new DefaultComponentResponse(
        component.getId(),
        component.getDeliverableId(),
        component.getCoverageSceneId(),
        component.getDefaultEditingStyleId(),
        component.getDefaultTargetMinutes(),
        component.isDefaultIncluded());
  }
}
