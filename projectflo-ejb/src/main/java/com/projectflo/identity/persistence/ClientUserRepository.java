package com.projectflo.identity.persistence;

import com.projectflo.crm.model.Client;
import com.projectflo.identity.model.ClientUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Portal users of clients; joins the caller's transaction. */
@ApplicationScoped
public class ClientUserRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<ClientUser> findById(int id) {
    return em.createQuery(
            "SELECT u FROM ClientUser u JOIN FETCH u.client WHERE u.id = :id", ClientUser.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Optional<Client> findClient(int id) {
    return Optional.ofNullable(em.find(Client.class, id));
  }

  public Optional<ClientUser> findByClient(int clientId) {
    return em.createQuery(
            "SELECT u FROM ClientUser u WHERE u.client.id = :client", ClientUser.class)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst();
  }

  public Optional<ClientUser> findByEmail(String email) {
    return em.createNamedQuery(ClientUser.FIND_BY_EMAIL, ClientUser.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  public List<ClientUser> findPage(Integer clientId, Integer afterId, int limit) {
    StringBuilder jpql =
        new StringBuilder("SELECT u FROM ClientUser u JOIN FETCH u.client WHERE 1 = 1");
    if (clientId != null) {
      jpql.append(" AND u.client.id = :client");
    }
    if (afterId != null) {
      jpql.append(" AND u.id > :afterId");
    }
    jpql.append(" ORDER BY u.id");
    TypedQuery<ClientUser> query = em.createQuery(jpql.toString(), ClientUser.class);
    if (clientId != null) {
      query.setParameter("client", clientId);
    }
    if (afterId != null) {
      query.setParameter("afterId", afterId);
    }
    return query.setMaxResults(limit).getResultList();
  }

  public void add(ClientUser user) {
    em.persist(user);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
