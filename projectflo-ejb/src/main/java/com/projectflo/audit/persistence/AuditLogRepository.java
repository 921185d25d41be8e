package com.projectflo.audit.persistence;

import com.projectflo.audit.application.AuditRecord;
import com.projectflo.audit.application.AuditSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Audit log queries. Entity, id and client-user actor filters are one JSONB containment test
 * ({@code details @> ?}), which the GIN index {@code idx_audit_log_details_gin} serves; the page is
 * a keyset on ("timestamp", id) descending.
 */
@ApplicationScoped
public class AuditLogRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public List<AuditRecord> search(
      AuditSearch search, OffsetDateTime afterTimestamp, Long afterId, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, action, \"timestamp\", contributor_id, details::text FROM audit_log"
                + " WHERE TRUE");
    List<Object> parameters = new ArrayList<>();
    JsonObject containment = containment(search);
    if (!containment.isEmpty()) {
      sql.append(" AND details @> CAST(? AS jsonb)");
      parameters.add(containment.toString());
    }
    if (search.actor() != null && search.actor().startsWith("contributor:")) {
      sql.append(" AND contributor_id = ?");
      parameters.add(Integer.valueOf(search.actor().substring("contributor:".length())));
    }
    if (search.action() != null) {
      sql.append(" AND action = ?");
      parameters.add(search.action());
    }
    if (search.from() != null) {
      sql.append(" AND \"timestamp\" >= ?");
      parameters.add(search.from());
    }
    if (search.to() != null) {
      sql.append(" AND \"timestamp\" < ?");
      parameters.add(search.to());
    }
    if (afterId != null) {
      sql.append(" AND (\"timestamp\", id) < (?, ?)");
      parameters.add(afterTimestamp);
      parameters.add(afterId);
    }
    sql.append(" ORDER BY \"timestamp\" DESC, id DESC LIMIT ?");
    parameters.add(limit);
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    List<AuditRecord> records = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      records.add(
          new AuditRecord(
              ((Number) columns[0]).longValue(),
              (String) columns[1],
              timestamp(columns[2]),
              columns[3] == null ? null : ((Number) columns[3]).intValue(),
              columns[4] == null ? null : parse((String) columns[4])));
    }
    return records;
  }

  /** The JSON object every matching row's details must contain. */
  static JsonObject containment(AuditSearch search) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (search.entity() != null) {
      json.add("entity", search.entity());
    }
    if (search.id() != null) {
      if (search.id().matches("-?[0-9]{1,18}")) {
        json.add("id", Long.parseLong(search.id()));
      } else {
        json.add("id", search.id());
      }
    }
    if ("system".equals(search.actor())) {
      json.add("actor", Json.createObjectBuilder().add("kind", "system"));
    } else if (search.actor() != null && search.actor().startsWith("client-user:")) {
      json.add(
          "actor",
          Json.createObjectBuilder()
              .add("kind", "client-user")
              .add("id", Integer.parseInt(search.actor().substring("client-user:".length()))));
    }
    return json.build();
  }

  private static OffsetDateTime timestamp(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.withOffsetSameInstant(ZoneOffset.UTC);
    }
    return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
