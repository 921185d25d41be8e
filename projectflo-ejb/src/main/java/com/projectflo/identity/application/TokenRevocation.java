package com.projectflo.identity.application;

import com.projectflo.identity.model.RefreshToken;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Revokes a refresh-token family in a transaction of its own: when a used token is replayed the
 * request fails (and rolls back), but the revocation must stay.
 */
@Stateless
public class TokenRevocation {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void revokeFamily(String familyId) {
    em.createNamedQuery(RefreshToken.REVOKE_FAMILY)
        .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
        .setParameter("family", familyId)
        .executeUpdate();
  }
}
