package com.projectflo.execution.application;

import com.projectflo.execution.model.TaskStatus;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A project's delivery and profitability figures (rules in docs/profitability.md). Money at scale
 * 2; {@code marginPercent} is null while the revenue is zero.
 */
public record ProjectDashboard(
    int projectId,
    Map<TaskStatus, Long> tasksByStatus,
    BigDecimal plannedHours,
    BigDecimal actualHours,
    BigDecimal labourCost,
    BigDecimal expensesTotal,
    BigDecimal revenue,
    BigDecimal margin,
    BigDecimal marginPercent) {}
