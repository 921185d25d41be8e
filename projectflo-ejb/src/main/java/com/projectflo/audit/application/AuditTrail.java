package com.projectflo.audit.application;

import com.projectflo.audit.model.AuditLogEntry;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.model.Contributor;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the audit row of a change, in the transaction of the change itself: it commits with the
 * change or not at all. Details are {@code {entity, id, actor, requestId, changes: {field: {before,
 * after}}}}; only fields that differ are listed, and secrets never (see {@link AuditSnapshot}).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class AuditTrail {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @Inject private CurrentCaller currentCaller;

  @Inject private RequestMetadata request;

  /** A change by the current caller. {@code before} is null for a creation. */
  public void record(String action, String entity, Object id, Record before, Record after) {
    record(action, entity, id, before, after, currentCaller.find().orElse(null));
  }

  /** A change whose actor is not the request's caller (login, start-up bootstrap). */
  public void record(
      String action, String entity, Object id, Record before, Record after, Caller actor) {
    JsonObjectBuilder details =
        Json.createObjectBuilder()
            .add("entity", entity)
            .add("id", AuditSnapshot.toJson(id))
            .add("actor", actor(actor))
            .add("changes", changes(AuditSnapshot.of(before), AuditSnapshot.of(after)));
    if (request.correlationId() != null) {
      details.add("requestId", request.correlationId());
    }
    AuditLogEntry entry = new AuditLogEntry();
    entry.setAction(action);
    entry.setDetails(details.build());
    if (actor != null && actor.isContributor()) {
      entry.setContributor(em.getReference(Contributor.class, actor.id()));
    }
    em.persist(entry);
  }

  private static JsonValue actor(Caller actor) {
    if (actor == null) {
      return Json.createObjectBuilder().add("kind", "anonymous").build();
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("kind", actor.kind().name().toLowerCase().replace('_', '-'));
    if (!actor.isSystem()) {
      json.add("id", actor.id());
    }
    return json.build();
  }

  private static JsonValue changes(Map<String, JsonValue> before, Map<String, JsonValue> after) {
    Set<String> fields = new HashSet<>(before.keySet());
    fields.addAll(after.keySet());
    JsonObjectBuilder changes = Json.createObjectBuilder();
    fields.stream()
        .sorted()
        .forEach(
            field -> {
              JsonValue old = before.getOrDefault(field, JsonValue.NULL);
              JsonValue now = after.getOrDefault(field, JsonValue.NULL);
              if (!Objects.equals(old, now)) {
                changes.add(field, Json.createObjectBuilder().add("before", old).add("after", now));
              }
            });
    return changes.build();
  }
}
