package com.projectflo.execution.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.execution.model.ExpenseCategory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The editable fields of a project expense (create and full replace). The receipt is a document of
 * the same project (uploaded through the project's documents) and/or an external http(s) link.
 */
public record ExpenseDetails(
    @NotNull LocalDate expenseDate,
    @NotNull ExpenseCategory category,
    @Size(max = 255) String description,
    @NotNull
        @DecimalMin(value = "0.01")
        @DecimalMax(value = "99999999.99")
        @Digits(integer = 8, fraction = 2)
        BigDecimal amount,
    Integer receiptDocumentId,
    @Size(max = 1024) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String receiptUrl) {

  public ExpenseDetails {
    description = trimToNull(description);
    receiptUrl = trimToNull(receiptUrl);
  }
}
