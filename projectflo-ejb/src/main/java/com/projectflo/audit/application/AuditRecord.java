package com.projectflo.audit.application;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;

/** One audit row as read back: what was done, when, by which contributor, and the details. */
public record AuditRecord(
    long id, String action, OffsetDateTime timestamp, Integer contributorId, JsonObject details) {}
