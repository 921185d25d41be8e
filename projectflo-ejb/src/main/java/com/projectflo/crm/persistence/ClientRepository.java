package com.projectflo.crm.persistence;

import com.projectflo.crm.application.BalanceSummary;
import com.projectflo.crm.application.ClientProject;
import com.projectflo.crm.model.Client;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes {@link Client}s, with what the client record shows about them (projects and the
 * balance of their builds), a page of clients at a time; joins the caller's transaction.
 */
@ApplicationScoped
public class ClientRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  /** The client with its contact loaded. */
  public Optional<Client> findById(int id) {
    return em.createNamedQuery(Client.FIND_WITH_CONTACT, Client.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Optional<Client> findByContact(int contactId) {
    return em.createNamedQuery(Client.FIND_BY_CONTACT, Client.class)
        .setParameter("contact", contactId)
        .getResultStream()
        .findFirst();
  }

  public Client add(Client client) {
    em.persist(client);
    em.flush();
    return client;
  }

  public void flush() {
    em.flush();
  }

  /**
   * One page in the contacts' name order (sort_key, id), starting after the given key when there is
   * one. Returns up to {@code limit} rows; the caller asks for one more than it shows.
   */
  public List<Client> findPage(
      String text, boolean includeArchived, String afterSortKey, Integer afterId, int limit) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (!includeArchived) {
      conditions.add("c.archivedAt IS NULL");
    }
    if (text != null) {
      conditions.add("k.searchText LIKE :text ESCAPE '\\'");
      parameters.put("text", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
    }
    if (afterId != null) {
      conditions.add("SQL('(?, ?) > (?, ?)', k.sortKey, c.id, :afterKey, :afterId)");
      parameters.put("afterKey", afterSortKey);
      parameters.put("afterId", afterId);
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<Client> query =
        em.createQuery(
            "SELECT c FROM Client c JOIN FETCH c.contact k" + where + " ORDER BY k.sortKey, c.id",
            Client.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }

  /** The projects of the given clients (archived ones too), by wedding date. */
  public Map<Integer, List<ClientProject>> findProjects(Collection<Integer> clientIds) {
    Map<Integer, List<ClientProject>> byClient = new HashMap<>();
    if (clientIds.isEmpty()) {
      return byClient;
    }
    em.createQuery(
            "SELECT NEW com.projectflo.crm.application.ClientProject(p.client.id, p.id,"
                + " p.projectName, p.weddingDate, p.archivedAt)"
                + " FROM Project p WHERE p.client.id IN :clients ORDER BY p.weddingDate, p.id",
            ClientProject.class)
        .setParameter("clients", clientIds)
        .getResultList()
        .forEach(
            project ->
                byClient.computeIfAbsent(project.clientId(), id -> new ArrayList<>()).add(project));
    return byClient;
  }

  /** The balance of the given clients' builds that are not archived; clients without any: none. */
  public Map<Integer, BalanceSummary> findBalances(Collection<Integer> clientIds) {
    Map<Integer, BalanceSummary> byClient = new HashMap<>();
    if (clientIds.isEmpty()) {
      return byClient;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT b.client.id, SUM(b.approvedPrice), SUM(b.totalPaid) FROM Build b"
                    + " WHERE b.client.id IN :clients AND b.archivedAt IS NULL"
                    + " GROUP BY b.client.id",
                Object[].class)
            .setParameter("clients", clientIds)
            .getResultList();
    for (Object[] row : rows) {
      byClient.put(
          ((Number) row[0]).intValue(), BalanceSummary.of(decimal(row[1]), decimal(row[2])));
    }
    return byClient;
  }

  private static BigDecimal decimal(Object value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
