package com.projectflo.automation.application;

import com.projectflo.platform.application.DecimalLimit;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The editable fields of a deliverable's default component (create and full replace): the scene
 * (null: none), the editing style, the target length in minutes (null: unknown) and whether the
 * component is included by default.
 */
public record DefaultComponentDetails(
    Integer coverageSceneId,
    @NotNull(message = "is required") Integer defaultEditingStyleId,
    @DecimalLimit(integer = 6) BigDecimal defaultTargetMinutes,
    boolean defaultIncluded) {}
