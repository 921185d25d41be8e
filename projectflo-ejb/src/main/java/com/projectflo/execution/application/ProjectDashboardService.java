package com.projectflo.execution.application;

import com.projectflo.execution.model.TaskStatus;
import com.projectflo.execution.persistence.CrewFiguresRepository;
import com.projectflo.execution.persistence.CrewFiguresRepository.TaskFigures;
import com.projectflo.execution.persistence.ProjectExpenseRepository;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The project dashboard: tasks by status, hours, labour cost, expenses, revenue and margin, from
 * three aggregate queries (docs/profitability.md). Needs {@code reports.read} on the project.
 */
@Stateless
public class ProjectDashboardService {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject private CrewFiguresRepository figures;

  @Inject private ProjectExpenseRepository expenses;

  @Inject private ProjectAccess projectAccess;

  @RequiresPermission
  public ProjectDashboard getDashboard(int projectId) {
    projectAccess.require(projectId, Permissions.REPORTS_READ);
    Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
    for (TaskStatus status : TaskStatus.values()) {
      byStatus.put(status, 0L);
    }
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal actual = BigDecimal.ZERO;
    BigDecimal labour = BigDecimal.ZERO;
    for (TaskFigures row : figures.taskFigures(projectId)) {
      // The column's default is To-Do; a NULL status counts as such.
      TaskStatus status = row.status() == null ? TaskStatus.TO_DO : row.status();
      byStatus.merge(status, row.count(), Long::sum);
      if (status != TaskStatus.ARCHIVED) {
        planned = planned.add(row.plannedHours());
      }
      actual = actual.add(row.actualHours());
      labour = labour.add(row.labourCost());
    }
    BigDecimal labourCost = Money.of(labour);
    BigDecimal expensesTotal = Money.of(expenses.totalOfProject(projectId));
    BigDecimal revenue = Money.of(figures.approvedPrice(projectId));
    BigDecimal margin = revenue.subtract(labourCost).subtract(expensesTotal);
    BigDecimal marginPercent =
        revenue.signum() == 0
            ? null
            : margin.multiply(HUNDRED).divide(revenue, 2, RoundingMode.HALF_EVEN);
    return new ProjectDashboard(
        projectId,
        byStatus,
        planned.setScale(2, RoundingMode.HALF_EVEN),
        actual.setScale(2, RoundingMode.HALF_EVEN),
        labourCost,
        expensesTotal,
        revenue,
        margin,
        marginPercent);
  }
}
