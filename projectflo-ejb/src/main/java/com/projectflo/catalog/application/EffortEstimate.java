package com.projectflo.catalog.application;

import java.math.BigDecimal;

/**
 * A task template's effort (hours) and price for a target length, per docs/pricing.md; {@code
 * templateId} is null for a preview of unsaved rules.
 */
public record EffortEstimate(
    Integer templateId, BigDecimal targetMinutes, BigDecimal effortHours, BigDecimal price) {}
