package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A page request for the communications log, newest first; every filter is optional. */
public record CommunicationListQuery(
    Integer contactId,
    Integer inquiryId,
    Integer projectId,
    @Min(1) @Max(200) int limit,
    String cursor) {

  public static final int DEFAULT_LIMIT = 50;

  public CommunicationListQuery {
    cursor = trimToNull(cursor);
  }
}
