package com.projectflo.execution.persistence;

import com.projectflo.execution.model.TaskStatus;
import com.projectflo.identity.model.Contributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Set-based figures for the project dashboard, capacity and availability: aggregates computed by
 * the database, one statement each. Joins the caller's transaction.
 */
@ApplicationScoped
public class CrewFiguresRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  /**
   * The tasks of a project per status: count, Σ planned hours, Σ actual hours and Σ (actual hours ×
   * rate at assignment), unrounded.
   */
  public List<TaskFigures> taskFigures(int projectId) {
    return em
        .createQuery(
            "SELECT t.status, COUNT(t), SUM(t.plannedDurationHours), SUM(t.actualDurationHours),"
                + " SUM(t.actualDurationHours * t.rateAtTimeOfAssignment)"
                + " FROM Task t WHERE t.project.id = :project GROUP BY t.status",
            Object[].class)
        .setParameter("project", projectId)
        .getResultList()
        .stream()
        .map(
            row ->
                new TaskFigures(
                    (TaskStatus) row[0],
                    ((Number) row[1]).longValue(),
                    decimal(row[2]),
                    decimal(row[3]),
                    decimal(row[4])))
        .toList();
  }

  /** The approved price of the project's build (zero when it has none). */
  public BigDecimal approvedPrice(int projectId) {
    return decimal(
        em.createQuery(
                "SELECT SUM(b.approvedPrice) FROM Build b WHERE b.project.id = :project",
                BigDecimal.class)
            .setParameter("project", projectId)
            .getSingleResult());
  }

  /**
   * Σ planned hours of open tasks (neither Completed nor Archived) per assignee and due date, for
   * due dates in [from, until).
   */
  public List<PlannedDay> plannedHoursByDay(LocalDate from, LocalDate until) {
    return em
        .createQuery(
            "SELECT t.assignedContributor.id, t.dueDate, SUM(t.plannedDurationHours) FROM Task t"
                + " WHERE t.assignedContributor IS NOT NULL AND t.dueDate >= :from"
                + " AND t.dueDate < :until AND t.status NOT IN :closed"
                + " GROUP BY t.assignedContributor.id, t.dueDate",
            Object[].class)
        .setParameter("from", from)
        .setParameter("until", until)
        .setParameter("closed", List.of(TaskStatus.COMPLETED, TaskStatus.ARCHIVED))
        .getResultList()
        .stream()
        .map(
            row ->
                new PlannedDay(((Number) row[0]).intValue(), (LocalDate) row[1], decimal(row[2])))
        .toList();
  }

  /** Contributors with their contacts, one statement. */
  public List<Contributor> contributors(Collection<Integer> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM Contributor c JOIN FETCH c.contact WHERE c.id IN :ids ORDER BY c.id",
            Contributor.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The skill rates of the given contributors for one task template, by contributor id. */
  public Map<Integer, BigDecimal> skillRates(
      int taskTemplateId, Collection<Integer> contributorIds) {
    Map<Integer, BigDecimal> rates = new HashMap<>();
    if (contributorIds.isEmpty()) {
      return rates;
    }
    em.createQuery(
            "SELECT r.contributor.id, r.rate FROM ContributorSkillRate r"
                + " WHERE r.taskTemplate.id = :template AND r.contributor.id IN :ids",
            Object[].class)
        .setParameter("template", taskTemplateId)
        .setParameter("ids", contributorIds)
        .getResultList()
        .forEach(row -> rates.put(((Number) row[0]).intValue(), (BigDecimal) row[1]));
    return rates;
  }

  public boolean taskTemplateExists(int id) {
    return !em.createQuery("SELECT t.id FROM TaskTemplate t WHERE t.id = :id", Integer.class)
        .setParameter("id", id)
        .getResultList()
        .isEmpty();
  }

  private static BigDecimal decimal(Object value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }

  /** Aggregates of one status of a project's tasks. */
  public record TaskFigures(
      TaskStatus status,
      long count,
      BigDecimal plannedHours,
      BigDecimal actualHours,
      BigDecimal labourCost) {}

  /** Planned hours of one contributor on one due date. */
  public record PlannedDay(int contributorId, LocalDate dueDate, BigDecimal plannedHours) {}
}
