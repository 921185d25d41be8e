package com.projectflo.identity.persistence;

import com.projectflo.crm.model.Client;
import com.projectflo.identity.model.ClientUserInvitation;
import com.projectflo.identity.model.Contributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Invitations of portal users, found by the hash of their token; joins the caller's transaction.
 */
@ApplicationScoped
public class ClientInvitationRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  /** The client with its contact loaded. */
  public Optional<Client> findClient(int id) {
    return em.createNamedQuery(Client.FIND_WITH_CONTACT, Client.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Optional<ClientUserInvitation> findByTokenHash(String tokenHash) {
    return em.createNamedQuery(ClientUserInvitation.FIND_BY_TOKEN_HASH, ClientUserInvitation.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  /** Revokes the client's pending invitations; returns how many there were. */
  public int revokePending(int clientId, OffsetDateTime now) {
    return em.createNamedQuery(ClientUserInvitation.REVOKE_PENDING)
        .setParameter("now", now)
        .setParameter("client", clientId)
        .executeUpdate();
  }

  public Contributor contributorReference(int id) {
    return em.getReference(Contributor.class, id);
  }

  public void add(ClientUserInvitation invitation) {
    em.persist(invitation);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
