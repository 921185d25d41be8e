package com.projectflo.crm.application;

import com.projectflo.audit.application.ArchiveState;
import com.projectflo.audit.application.AuditTrail;
import com.projectflo.crm.model.Contact;
import com.projectflo.crm.persistence.ContactRepository;
import com.projectflo.crm.persistence.ContactRepository.ContactSearch;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The contact registry: one contact per person, one e-mail address per contact. Reads run without a
 * transaction of their own (a single statement needs none); writes run in one each.
 */
@Stateless
public class ContactService {

  static final String RESOURCE = "Contact";
  private static final String ENTITY = "contact";

  @Inject private ContactRepository contacts;

  @Inject private Validator validator;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CONTACTS_WRITE)
  public Contact createContact(@NotNull @Valid ContactDetails details) {
    Contact contact = addContact(details);
    audit.record("contact.create", ENTITY, contact.getId(), null, details);
    return contact;
  }

  /** For services that create a contact as part of their own audited operation. */
  public Contact addContact(ContactDetails details) {
    ensureEmailIsFree(details.email(), null);
    Contact contact = new Contact();
    details.applyTo(contact);
    return contacts.add(contact);
  }

  @RequiresPermission(Permissions.CONTACTS_READ)
  public Contact getContact(int id) {
    return findContact(id);
  }

  private Contact findContact(int id) {
    return contacts.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  /** Replaces every field; {@code expectedVersion}, when given, must still be current. */
  @RequiresPermission(Permissions.CONTACTS_WRITE)
  public Contact updateContact(
      int id, @NotNull @Valid ContactDetails details, Long expectedVersion) {
    Contact contact = getCurrent(id, expectedVersion);
    return change(contact, details);
  }

  /**
   * Changes some fields: {@code patch} receives the current details and returns the new ones, in
   * the same transaction, so that the change cannot be computed from a stale read.
   */
  @RequiresPermission(Permissions.CONTACTS_WRITE)
  public Contact patchContact(
      int id, @NotNull UnaryOperator<ContactDetails> patch, Long expectedVersion) {
    Contact contact = getCurrent(id, expectedVersion);
    ContactDetails details = patch.apply(ContactDetails.of(contact));
    Set<ConstraintViolation<ContactDetails>> violations = validator.validate(details);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return change(contact, details);
  }

  /** Soft delete: the contact stays, marked archived; archiving twice changes nothing. */
  @RequiresPermission(Permissions.CONTACTS_WRITE)
  public Contact archiveContact(int id, Long expectedVersion) {
    Contact contact = getCurrent(id, expectedVersion);
    boolean wasArchived = contact.isArchived();
    if (!wasArchived) {
      contact.setArchivedAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
      contacts.flush();
    }
    audit.record(
        "contact.archive", ENTITY, id, new ArchiveState(wasArchived), new ArchiveState(true));
    return contact;
  }

  @RequiresPermission(Permissions.CONTACTS_WRITE)
  public Contact restoreContact(int id, Long expectedVersion) {
    Contact contact = getCurrent(id, expectedVersion);
    boolean wasArchived = contact.isArchived();
    if (wasArchived) {
      contact.setArchivedAt(null);
      contacts.flush();
    }
    audit.record(
        "contact.restore", ENTITY, id, new ArchiveState(wasArchived), new ArchiveState(false));
    return contact;
  }

  @RequiresPermission(Permissions.CONTACTS_READ)
  public Page<Contact> listContacts(@NotNull @Valid ContactListQuery query) {
    String afterKey = null;
    Integer afterId = null;
    if (query.cursor() != null) {
      KeysetCursor cursor = KeysetCursor.decode(query.cursor(), 2);
      afterKey = cursor.string(0);
      afterId = cursor.integer(1);
    }
    List<Contact> rows =
        contacts.findPage(
            new ContactSearch(query.type(), query.q(), query.includeArchived(), afterKey, afterId),
            query.limit() + 1);
    if (rows.size() <= query.limit()) {
      return new Page<>(rows, null);
    }
    List<Contact> page = rows.subList(0, query.limit());
    Contact last = page.get(page.size() - 1);
    return new Page<>(page, KeysetCursor.encode(last.getSortKey(), last.getId()));
  }

  private Contact change(Contact contact, ContactDetails details) {
    ContactDetails before = ContactDetails.of(contact);
    ensureEmailIsFree(details.email(), contact.getId());
    details.applyTo(contact);
    contacts.flush();
    audit.record("contact.update", ENTITY, contact.getId(), before, details);
    return contact;
  }

  private Contact getCurrent(int id, Long expectedVersion) {
    Contact contact = findContact(id);
    if (expectedVersion != null && expectedVersion != contact.getVersion()) {
      throw new StaleVersionException(RESOURCE, id, expectedVersion, contact.getVersion());
    }
    return contact;
  }

  private void ensureEmailIsFree(String email, Integer ownerId) {
    contacts
        .findByEmail(email)
        .filter(existing -> !existing.getId().equals(ownerId))
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "email", "contact " + existing.getId() + " already uses " + existing.getEmail());
            });
  }
}
