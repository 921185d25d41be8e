package com.projectflo.audit.application;

import com.projectflo.audit.persistence.AuditLogRepository;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.Page;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads the audit log, newest first, with filters the GIN index on {@code details} serves. */
@Stateless
public class AuditLogService {

  @Inject private AuditLogRepository auditLog;

  @RequiresPermission(Permissions.AUDIT_READ)
  public Page<AuditRecord> search(@NotNull @Valid AuditSearch search) {
    OffsetDateTime afterTimestamp = null;
    Long afterId = null;
    if (search.page().cursor() != null) {
      KeysetCursor cursor = KeysetCursor.decode(search.page().cursor(), 2);
      afterTimestamp = OffsetDateTime.parse(cursor.string(0));
      afterId = (long) cursor.integer(1);
    }
    List<AuditRecord> rows =
        auditLog.search(search, afterTimestamp, afterId, search.page().limit() + 1);
    return search
        .page()
        .page(rows, r -> KeysetCursor.encode(r.timestamp().toString(), (int) r.id()));
  }
}
