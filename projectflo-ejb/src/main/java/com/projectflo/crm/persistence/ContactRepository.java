package com.projectflo.crm.persistence;

import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.ContactType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads and writes {@link Contact}s; joins the caller's transaction. */
@ApplicationScoped
public class ContactRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<Contact> findById(int id) {
    return Optional.ofNullable(em.find(Contact.class, id));
  }

  public Optional<Contact> findByEmail(String email) {
    return em.createNamedQuery(Contact.FIND_BY_EMAIL, Contact.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  public Contact add(Contact contact) {
    em.persist(contact);
    em.flush();
    return contact;
  }

  /** Writes pending changes now, so that constraint and version conflicts surface here. */
  public void flush() {
    em.flush();
  }

  /**
   * One page in (sort_key, id) order, starting after the given key when there is one. Returns up to
   * {@code limit} rows; the caller asks for one more than it shows to know if a page follows.
   */
  public List<Contact> findPage(ContactSearch search, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT c FROM Contact c WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (!search.includeArchived()) {
      jpql.append(" AND c.archivedAt IS NULL");
    }
    if (search.type() != null) {
      jpql.append(" AND c.type = :type");
      parameters.put("type", search.type());
    }
    if (search.text() != null) {
      jpql.append(" AND c.searchText LIKE :text ESCAPE '\\'");
      parameters.put("text", "%" + escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
    }
    if (search.afterSortKey() != null) {
      // The first conjunct gives PostgreSQL a range start on idx_contacts_sort_key.
      jpql.append(" AND c.sortKey >= :afterKey AND (c.sortKey > :afterKey OR c.id > :afterId)");
      parameters.put("afterKey", search.afterSortKey());
      parameters.put("afterId", search.afterId());
    }
    jpql.append(" ORDER BY c.sortKey, c.id");
    TypedQuery<Contact> query = em.createQuery(jpql.toString(), Contact.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** What to list: all filters optional; {@code afterSortKey}/{@code afterId} from a cursor. */
  public record ContactSearch(
      ContactType type,
      String text,
      boolean includeArchived,
      String afterSortKey,
      Integer afterId) {}
}
