package com.projectflo.it.inserver;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Test bean: another writer, committing a change of a row in a transaction of its own. */
@Stateless
public class VersionBumper {

  @Inject EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void bumpVersion(String table, int id) {
    em.createNativeQuery("UPDATE " + table + " SET version = version + 1 WHERE id = ?")
        .setParameter(1, id)
        .executeUpdate();
  }
}
