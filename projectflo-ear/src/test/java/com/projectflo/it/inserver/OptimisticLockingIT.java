package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.ContactType;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Optimistic locking holds with the persistence unit as shipped (JDBC batch writing on): a change
 * written over a row another transaction changed since it was read fails instead of overwriting it.
 */
@ExtendWith(ArquillianExtension.class)
class OptimisticLockingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(OptimisticLockingIT.class, VersionBumper.class);
  }

  @Inject EntityManager em;

  @Inject VersionBumper otherWriter;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  @Test
  void aStaleWriteFailsInsteadOfOverwriting() throws Exception {
    transaction.begin();
    Contact contact = new Contact();
    contact.setEmail("lock-" + UUID.randomUUID() + "@example.com");
    contact.setType(ContactType.VENDOR);
    contact.setFirstName("Before");
    em.persist(contact);
    transaction.commit();
    int id = contact.getId();

    transaction.begin();
    Contact read = em.find(Contact.class, id);
    otherWriter.bumpVersion("contacts", id);
    read.setFirstName("Stale");
    assertThrows(OptimisticLockException.class, () -> em.flush());
    assertTrue(transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK);
    transaction.rollback();

    transaction.begin();
    Contact after = em.find(Contact.class, id);
    assertEquals("Before", after.getFirstName(), "the stale write left no trace");
    transaction.commit();
  }
}
