package com.projectflo.crm.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A project of a client, as the client record lists it. */
public record ClientProject(
    int clientId, int id, String name, LocalDate weddingDate, OffsetDateTime archivedAt) {}
