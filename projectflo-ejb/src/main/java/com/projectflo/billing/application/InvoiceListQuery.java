package com.projectflo.billing.application;

import com.projectflo.billing.model.InvoiceStatus;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/** Filters and page of an invoice list (or CSV export). */
public record InvoiceListQuery(
    InvoiceStatus status,
    Integer projectId,
    Integer clientId,
    LocalDate issuedFrom,
    LocalDate issuedTo,
    @Min(value = 1, message = "must be between 1 and 200")
        @Max(value = 200, message = "must be between 1 and 200")
        int limit,
    String cursor) {

  public static final int DEFAULT_LIMIT = 50;

  @AssertTrue(message = "must not be after issuedTo")
  public boolean isIssuedFrom() {
    return issuedFrom == null || issuedTo == null || !issuedFrom.isAfter(issuedTo);
  }

  public InvoiceListQuery withCursor(String next) {
    return new InvoiceListQuery(status, projectId, clientId, issuedFrom, issuedTo, limit, next);
  }
}
