package com.projectflo.automation.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
    @DecimalMin("0.00") @Digits(integer = 6, fraction = 2) BigDecimal defaultTargetMinutes,
    boolean defaultIncluded) {}
