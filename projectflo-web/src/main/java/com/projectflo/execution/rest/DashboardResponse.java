package com.projectflo.execution.rest;

import com.projectflo.execution.application.ProjectDashboard;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's dashboard (rules in docs/profitability.md). */
@Schema(name = "ProjectDashboard")
public record DashboardResponse(
    int projectId,
    @Schema(description = "Task count per status label, every status present")
        Map<String, Long> tasksByStatus,
    @Schema(description = "Σ planned hours of tasks not Archived") BigDecimal plannedHours,
    @Schema(description = "Σ actual hours of all tasks") BigDecimal actualHours,
    @Schema(description = "Σ actual hours × rate at assignment, rounded once")
        BigDecimal labourCost,
    BigDecimal expensesTotal,
    @Schema(description = "Approved price of the project's build") BigDecimal revenue,
    @Schema(description = "revenue − labourCost − expensesTotal") BigDecimal margin,
    @Schema(description = "margin / revenue × 100, 2 decimals; absent while revenue is 0")
        BigDecimal marginPercent) {

  static DashboardResponse of(ProjectDashboard dashboard) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    dashboard.tasksByStatus().forEach((status, count) -> byStatus.put(status.label(), count));
    return new DashboardResponse(
        dashboard.projectId(),
        byStatus,
        dashboard.plannedHours(),
        dashboard.actualHours(),
        dashboard.labourCost(),
        dashboard.expensesTotal(),
        dashboard.revenue(),
        dashboard.margin(),
        dashboard.marginPercent());
  }
}
