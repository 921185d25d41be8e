package com.projectflo.ledger.application;

import com.projectflo.ledger.model.BuildStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Filters and page of a build list, newest first. */
public record BuildListQuery(
    BuildStatus status,
    Integer inquiryId,
    Integer clientId,
    Integer projectId,
    @Min(value = 1, message = "must be between 1 and 200")
        @Max(value = 200, message = "must be between 1 and 200")
        int limit,
    String cursor) {

  public static final int DEFAULT_LIMIT = 50;
}
