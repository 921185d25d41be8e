package com.projectflo.execution.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.crm.model.Document;
import com.projectflo.execution.model.ProjectExpense;
import com.projectflo.execution.persistence.ProjectExpenseRepository;
import com.projectflo.execution.persistence.ProjectRepository;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.Money;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.PageRequest;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Costs incurred on a project (travel, rentals, licences...), which the dashboard subtracts from
 * the revenue. Every operation is project-scoped and needs {@code expenses.write} there (reading
 * included: expenses are financial data). Deleting is a hard delete; the audit row keeps the last
 * state.
 */
@Stateless
public class ProjectExpenseService {

  static final String RESOURCE = "ProjectExpense";
  static final String ENTITY = "project_expense";

  @Inject private ProjectExpenseRepository expenses;

  @Inject private ProjectRepository projects;

  @Inject private ProjectAccess projectAccess;

  @Inject private AuditTrail audit;

  @RequiresPermission
  public ProjectExpense recordExpense(int projectId, @NotNull @Valid ExpenseDetails details) {
    projectAccess.require(projectId, Permissions.EXPENSES_WRITE);
    ProjectExpense expense = new ProjectExpense();
    expense.setProject(projects.findById(projectId).orElseThrow());
    apply(expense, details);
    expenses.add(expense);
    audit.record("project_expense.create", ENTITY, expense.getId(), null, ExpenseState.of(expense));
    return expense;
  }

  @RequiresPermission
  public ProjectExpense getExpense(int projectId, int id) {
    projectAccess.require(projectId, Permissions.EXPENSES_WRITE);
    return find(projectId, id);
  }

  @RequiresPermission
  public Page<ProjectExpense> listExpenses(int projectId, @NotNull @Valid PageRequest page) {
    projectAccess.require(projectId, Permissions.EXPENSES_WRITE);
    Integer afterId = page.afterId();
    return page.page(
        expenses.findPage(projectId, afterId == null ? 0 : afterId, page.limit() + 1),
        last -> KeysetCursor.encode(last.getId()));
  }

  @RequiresPermission
  public ProjectExpense updateExpense(
      int projectId, int id, @NotNull @Valid ExpenseDetails details, Long expectedVersion) {
    projectAccess.require(projectId, Permissions.EXPENSES_WRITE);
    ProjectExpense expense = current(projectId, id, expectedVersion);
    ExpenseState before = ExpenseState.of(expense);
    apply(expense, details);
    expenses.flush();
    audit.record("project_expense.update", ENTITY, id, before, ExpenseState.of(expense));
    return expense;
  }

  @RequiresPermission
  public void deleteExpense(int projectId, int id, Long expectedVersion) {
    projectAccess.require(projectId, Permissions.EXPENSES_WRITE);
    ProjectExpense expense = current(projectId, id, expectedVersion);
    ExpenseState before = ExpenseState.of(expense);
    expenses.remove(expense);
    audit.record("project_expense.delete", ENTITY, id, before, null);
  }

  private void apply(ProjectExpense expense, ExpenseDetails details) {
    Document receipt = null;
    if (details.receiptDocumentId() != null) {
      receipt =
          expenses
              .findDocument(details.receiptDocumentId())
              .filter(
                  document ->
                      document.getProject() != null
                          && document.getProject().getId().equals(expense.getProject().getId()))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "receiptDocumentId",
                          "no document of this project has the id " + details.receiptDocumentId()));
    }
    expense.setExpenseDate(details.expenseDate());
    expense.setCategory(details.category().label());
    expense.setDescription(details.description());
    expense.setAmount(Money.of(details.amount()));
    expense.setReceiptDocument(receipt);
    expense.setReceiptUrl(details.receiptUrl());
  }

  private ProjectExpense find(int projectId, int id) {
    return expenses
        .findById(id)
        .filter(expense -> expense.getProject().getId() == projectId)
        .orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  private ProjectExpense current(int projectId, int id, Long expectedVersion) {
    ProjectExpense expense = find(projectId, id);
    if (expectedVersion != null && expectedVersion != expense.getVersion()) {
      throw new StaleVersionException(RESOURCE, id, expectedVersion, expense.getVersion());
    }
    return expense;
  }

  /** The audited state of an expense. */
  record ExpenseState(
      int projectId,
      LocalDate expenseDate,
      String category,
      String description,
      BigDecimal amount,
      Integer receiptDocumentId,
      String receiptUrl) {

    static ExpenseState of(ProjectExpense expense) {
      return new ExpenseState(
          expense.getProject().getId(),
          expense.getExpenseDate(),
          expense.getCategory(),
          expense.getDescription(),
          expense.getAmount(),
          expense.getReceiptDocument() == null ? null : expense.getReceiptDocument().getId(),
          expense.getReceiptUrl());
    }
  }
}
