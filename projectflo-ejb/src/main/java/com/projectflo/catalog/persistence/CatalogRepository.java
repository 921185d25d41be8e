package com.projectflo.catalog.persistence;

import com.projectflo.catalog.model.CatalogItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the six catalog tables through their entity class; joins the caller's
 * transaction.
 */
@ApplicationScoped
public class CatalogRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<CatalogItem> findById(Class<? extends CatalogItem> type, int id) {
    return Optional.ofNullable(em.find(type, id));
  }

  public <T extends CatalogItem> T add(T item) {
    em.persist(item);
    em.flush();
    return item;
  }

  public void remove(CatalogItem item) {
    em.remove(item);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  /** Whether another row (not {@code exceptId}) has this name, ignoring case. */
  public boolean nameTaken(Class<? extends CatalogItem> type, String name, Integer exceptId) {
    return em.createQuery(
                "SELECT COUNT(e) FROM "
                    + entityName(type)
                    + " e WHERE LOWER(e.name) = :name AND e.id <> :except",
                Long.class)
            .setParameter("name", name.toLowerCase(Locale.ROOT))
            .setParameter("except", exceptId == null ? -1 : exceptId)
            .getSingleResult()
        > 0;
  }

  /**
   * One page in (name, id) order after the given key ({@code afterId} null: from the start); up to
   * {@code limit} rows.
   */
  public <T extends CatalogItem> List<T> findPage(Class<T> type, CatalogSearch search, int limit) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (search.active() != null) {
      conditions.add("e.active = :active");
      parameters.put("active", search.active());
    }
    if (search.nameContains() != null) {
      conditions.add("LOWER(e.name) LIKE :q ESCAPE '!'");
      parameters.put("q", "%" + likeEscaped(search.nameContains().toLowerCase(Locale.ROOT)) + "%");
    }
    if (search.afterId() != null) {
      conditions.add("(e.name > :afterName OR (e.name = :afterName AND e.id > :afterId))");
      parameters.put("afterName", search.afterName());
      parameters.put("afterId", search.afterId());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<T> query =
        em.createQuery(
            "SELECT e FROM " + entityName(type) + " e" + where + " ORDER BY e.name, e.id", type);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }

  /** How many rows of each reference point at {@code id}, counted in one statement. */
  public Map<CatalogReference, Long> countReferences(List<CatalogReference> references, int id) {
    Map<CatalogReference, Long> counts = new LinkedHashMap<>();
    if (references.isEmpty()) {
      return counts;
    }
    List<String> counters = new ArrayList<>();
    for (CatalogReference reference : references) {
      counters.add(
          "(SELECT COUNT(*) FROM " + reference.table() + " WHERE " + reference.column() + " = ?1)");
    }
    Query query = em.createNativeQuery("SELECT " + String.join(", ", counters));
    query.setParameter(1, id);
    Object result = query.getSingleResult();
    Object[] row = result instanceof Object[] array ? array : new Object[] {result};
    for (int i = 0; i < references.size(); i++) {
      counts.put(references.get(i), ((Number) row[i]).longValue());
    }
    return counts;
  }

  private String entityName(Class<? extends CatalogItem> type) {
    return em.getMetamodel().entity(type).getName();
  }

  private static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** What to list: both filters optional; {@code afterName}/{@code afterId} from a cursor. */
  public record CatalogSearch(
      Boolean active, String nameContains, String afterName, Integer afterId) {}
}
