package com.projectflo.crm.persistence;

import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.ContactType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
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
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (!search.includeArchived()) {
      conditions.add("c.archivedAt IS NULL");
    }
    if (search.type() != null) {
      conditions.add("c.type = :type");
      parameters.put("type", search.type());
    }
    if (search.text() != null) {
      conditions.add("c.searchText LIKE :text ESCAPE '\\'");
      parameters.put("text", "%" + escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
    }
    if (search.afterSortKey() != null) {
      // A row comparison is one range start on idx_contacts_sort_key (sort_key, id); JPQL has no
      // row values, hence EclipseLink's SQL operator.
      conditions.add("SQL('(?, ?) > (?, ?)', c.sortKey, c.id, :afterKey, :afterId)");
      parameters.put("afterKey", search.afterSortKey());
      parameters.put("afterId", search.afterId());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<Contact> query =
        em.createQuery(
            "SELECT c FROM Contact c" + where + " ORDER BY c.sortKey, c.id", Contact.class);
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
