package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.crm.application.ContactDetails;
import com.projectflo.crm.application.ContactListQuery;
import com.projectflo.crm.application.ContactService;
import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.ContactType;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ContactService inside the server: transactions, validation, optimistic locking. */
@ExtendWith(ArquillianExtension.class)
class ContactServiceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(ContactServiceIT.class);
  }

  @Inject ContactService contacts;

  @Inject EntityManager em;

  @Inject RequestMetadata request;

  /** Services decide access from the caller; these tests act as the system (every right). */
  @BeforeEach
  void actAsSystem() {
    request.setSubject(RequestMetadata.SYSTEM);
  }

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  private static String uniqueEmail() {
    return "svc-" + UUID.randomUUID() + "@example.com";
  }

  private static ContactDetails details(String email) {
    return new ContactDetails("Ada", "Lovelace", email, null, null, ContactType.CLIENT_LEAD);
  }

  @Test
  void createdContactIsCommittedWithTrimmedValues() {
    String email = uniqueEmail();
    Contact created =
        contacts.createContact(
            new ContactDetails("  Ada ", " ", " " + email + " ", "", null, ContactType.VENDOR));

    Contact stored = em.find(Contact.class, created.getId());
    assertNotNull(stored);
    assertEquals("Ada", stored.getFirstName());
    assertNull(stored.getLastName());
    assertNull(stored.getPhoneNumber());
    assertEquals(email, stored.getEmail());
    assertEquals(ContactType.VENDOR, stored.getType());
  }

  @Test
  void emailIsUniqueWhateverItsCase() {
    String email = uniqueEmail();
    contacts.createContact(details(email));

    ConflictException conflict =
        assertThrows(
            ConflictException.class, () -> contacts.createContact(details(email.toUpperCase())));
    assertEquals("email", conflict.field());
  }

  @Test
  void invalidDetailsAreRefusedFieldByField() {
    ConstraintViolationException refused =
        assertThrows(
            ConstraintViolationException.class,
            () ->
                contacts.createContact(
                    new ContactDetails(null, null, "not-an-address", "x".repeat(51), null, null)));

    Set<String> fields =
        refused.getConstraintViolations().stream()
            .map(ConstraintViolation::getPropertyPath)
            .map(path -> path.toString().substring(path.toString().lastIndexOf('.') + 1))
            .collect(Collectors.toSet());
    assertEquals(Set.of("email", "phoneNumber", "type"), fields);
  }

  @Test
  void aChangeBasedOnAStaleReadFailsInsteadOfLosingAnUpdate() throws Exception {
    Contact created = contacts.createContact(details(uniqueEmail()));
    Contact staleCopy = em.find(Contact.class, created.getId()); // read, then detached

    contacts.updateContact(
        created.getId(),
        new ContactDetails("Winner", null, created.getEmail(), null, null, ContactType.CLIENT),
        null);

    transaction.begin();
    try {
      staleCopy.setFirstName("Loser");
      assertThrows(
          OptimisticLockException.class,
          () -> {
            em.merge(staleCopy);
            em.flush();
          });
    } finally {
      transaction.rollback();
    }
    assertEquals("Winner", contacts.getContact(created.getId()).getFirstName());
  }

  @Test
  void archivedContactsAreListedOnlyOnRequest() {
    String token = "arch" + UUID.randomUUID().toString().replace("-", "");
    Contact kept = contacts.createContact(details(token + "-kept@example.com"));
    Contact archived = contacts.createContact(details(token + "-gone@example.com"));
    contacts.archiveContact(archived.getId(), null);

    Page<Contact> active =
        contacts.listContacts(new ContactListQuery(null, token, false, 10, null));
    Page<Contact> all = contacts.listContacts(new ContactListQuery(null, token, true, 10, null));

    assertEquals(1, active.items().size());
    assertEquals(kept.getId(), active.items().get(0).getId());
    assertEquals(2, all.items().size());
    assertTrue(contacts.getContact(archived.getId()).isArchived());
  }
}
