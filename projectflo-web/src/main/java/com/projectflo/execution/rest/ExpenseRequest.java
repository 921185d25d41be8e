package com.projectflo.execution.rest;

import com.projectflo.execution.application.ExpenseDetails;
import com.projectflo.execution.model.ExpenseCategory;
import com.projectflo.platform.rest.InputErrors;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST and PUT /api/projects/{projectId}/expenses. */
@Schema(name = "ExpenseRequest")
public record ExpenseRequest(
    @Schema(required = true, format = "date", example = "2027-06-10") String expenseDate,
    @Schema(
            required = true,
            enumeration = {
              "Travel",
              "Accommodation",
              "Meals",
              "Equipment Rental",
              "Crew",
              "Music Licensing",
              "Software",
              "Media and Storage",
              "Printing and Shipping",
              "Other"
            })
        String category,
    @Schema(maxLength = 255) String description,
    @Schema(required = true, minimum = "0.01", description = "At most 2 decimals")
        BigDecimal amount,
    @Schema(description = "A document of this project holding the receipt")
        Integer receiptDocumentId,
    @Schema(description = "An external http(s) link to the receipt", maxLength = 1024)
        String receiptUrl) {

  ExpenseDetails toDetails(InputErrors errors) {
    return new ExpenseDetails(
        errors.date("expenseDate", expenseDate),
        errors.label("category", category, ExpenseCategory.class),
        description,
        amount,
        receiptDocumentId,
        receiptUrl);
  }
}
