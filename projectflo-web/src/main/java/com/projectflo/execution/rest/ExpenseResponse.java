package com.projectflo.execution.rest;

import com.projectflo.execution.model.ProjectExpense;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project expense; {@code version} is also the ETag. */
@Schema(name = "ProjectExpense")
public record ExpenseResponse(
    int id,
    int projectId,
    LocalDate expenseDate,
    String category,
    String description,
    BigDecimal amount,
    Integer receiptDocumentId,
    String receiptUrl,
    long version) {

  static ExpenseResponse of(ProjectExpense expense) {
    return new ExpenseResponse(
        expense.getId(),
        expense.getProject().getId(),
        expense.getExpenseDate(),
        expense.getCategory(),
        expense.getDescription(),
        expense.getAmount(),
        expense.getReceiptDocument() == null ? null : expense.getReceiptDocument().getId(),
        expense.getReceiptUrl(),
        expense.getVersion());
  }
}
