package com.projectflo.crm.application;

import java.time.LocalDate;

/** A booked project on the same wedding date as an inquiry: the crew may be taken that day. */
public record WeddingDateClash(
    int projectId,
    String projectName,
    LocalDate weddingDate,
    int clientId,
    String clientFirstName,
    String clientLastName) {}
