package com.projectflo.audit.rest;

import com.projectflo.audit.application.AuditRecord;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit row. */
@Schema(name = "AuditEntry")
public record AuditEntryResponse(
    long id,
    String action,
    OffsetDateTime timestamp,
    @Schema(description = "The acting contributor; absent for clients, the system, anonymous")
        Integer contributorId,
    @Schema(
            type = SchemaType.OBJECT,
            description =
                "{entity, id, actor: {kind, id}, requestId, changes: {field: {before, after}}}")
        JsonObject details) {

  static AuditEntryResponse of(AuditRecord r) {
    return new AuditEntryResponse(
        r.id(), r.action(), r.timestamp(), r.contributorId(), r.details());
  }
}
