package com.projectflo.crm.application;

import com.projectflo.audit.application.ArchiveState;
import com.projectflo.audit.application.AuditTrail;
import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.ContactType;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.crm.model.InquiryStatus;
import com.projectflo.crm.model.InquiryStatusChange;
import com.projectflo.crm.persistence.ContactRepository;
import com.projectflo.crm.persistence.InquiryRepository;
import com.projectflo.crm.persistence.InquiryRepository.InquirySearch;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.persistence.ContributorRepository;
import com.projectflo.platform.application.InvalidInputException;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The inquiry pipeline's front desk: new inquiries (for a known contact, or a couple matched to
 * their contact by e-mail), edits, status moves along {@link InquiryStateMachine}, archive and the
 * list. Creating an inquiry or changing its wedding date reports the projects already booked on
 * that date.
 */
@Stateless
public class InquiryService {

  static final String RESOURCE = "Inquiry";
  static final String ENTITY = "inquiry";

  @Inject private InquiryRepository inquiries;

  @Inject private ContactRepository contacts;

  @Inject private ContributorRepository contributors;

  @Inject private ContactService contactService;

  @Inject private InquiryStatusWriter statusWriter;

  @Inject private CurrentCaller currentCaller;

  @Inject private Validator validator;

  @Inject private AuditTrail audit;

  /**
   * A new inquiry in status New. With {@code contact}, the contact whose e-mail matches (whatever
   * its case) is reused, so that a couple never gets two contacts; otherwise a Client Lead is
   * created. An archived contact becomes active again.
   */
  @RequiresPermission(Permissions.INQUIRIES_WRITE)
  public InquiryOutcome createInquiry(@NotNull @Valid NewInquiry draft) {
    if ((draft.contactId() == null) == (draft.contact() == null)) {
      throw new InvalidInputException(
          draft.contactId() == null ? "contact" : "contactId",
          "give either contactId (an existing contact) or contact (a new couple), not both");
    }
    InquiryDetails details = draft.details();
    Contributor owner =
        details.ownerContributorId() != null
            ? activeContributor(details.ownerContributorId())
            : currentCaller
                .find()
                .filter(Caller::isContributor)
                .flatMap(caller -> contributors.findById(caller.id()))
                .orElse(null);
    Contact contact = draft.contactId() != null ? existingContact(draft.contactId()) : lead(draft);
    if (contact.isArchived()) {
      contact.setArchivedAt(null);
    }
    Inquiry inquiry = new Inquiry();
    inquiry.setContact(contact);
    inquiry.setStatus(InquiryStatus.NEW);
    details.applyTo(inquiry);
    inquiry.setOwner(owner);
    inquiries.add(inquiry);
    statusWriter.recordCreation(inquiry);
    inquiries.flush();
    audit.record("inquiry.create", ENTITY, inquiry.getId(), null, InquiryState.of(inquiry));
    return new InquiryOutcome(inquiry, clashesOn(inquiry.getWeddingDate()));
  }

  @RequiresPermission(Permissions.INQUIRIES_READ)
  public Inquiry getInquiry(int id) {
    return find(id);
  }

  /** Replaces every editable field; {@code expectedVersion}, when given, must still be current. */
  @RequiresPermission(Permissions.INQUIRIES_WRITE)
  public InquiryOutcome updateInquiry(
      int id, @NotNull @Valid InquiryDetails details, Long expectedVersion) {
    return change(getCurrent(id, expectedVersion), details);
  }

  /**
   * Changes some fields: {@code patch} receives the current details and returns the new ones, in
   * the same transaction, so that the change cannot be computed from a stale read.
   */
  @RequiresPermission(Permissions.INQUIRIES_WRITE)
  public InquiryOutcome patchInquiry(
      int id, @NotNull UnaryOperator<InquiryDetails> patch, Long expectedVersion) {
    Inquiry inquiry = getCurrent(id, expectedVersion);
    InquiryDetails details = patch.apply(InquiryDetails.of(inquiry));
    Set<ConstraintViolation<InquiryDetails>> violations = validator.validate(details);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return change(inquiry, details);
  }

  /** Moves the inquiry along the pipeline by hand; see {@link InquiryStateMachine}. */
  @RequiresPermission(Permissions.INQUIRIES_WRITE)
  public Inquiry changeStatus(int id, @NotNull @Valid StatusChange change, Long expectedVersion) {
    Inquiry inquiry = getCurrent(id, expectedVersion);
    InquiryState before = InquiryState.of(inquiry);
    statusWriter.moveManually(inquiry, change.status(), change.reason());
    audit.record(
        "inquiry.status_change",
        ENTITY,
        id,
        new StatusState(before.status(), null),
        new StatusState(inquiry.getStatus(), change.reason()));
    return inquiry;
  }

  /** The status history, oldest first (the first row is the creation). */
  @RequiresPermission(Permissions.INQUIRIES_READ)
  public List<InquiryStatusChange> listStatusChanges(int id) {
    find(id);
    return inquiries.findStatusChanges(id);
  }

  /** Soft delete: the inquiry stays, marked archived; archiving twice changes nothing. */
  @RequiresPermission(Permissions.INQUIRIES_WRITE)
  public Inquiry archiveInquiry(int id, Long expectedVersion) {
    Inquiry inquiry = getCurrent(id, expectedVersion);
    boolean wasArchived = inquiry.isArchived();
    if (!wasArchived) {
      inquiry.setArchivedAt(InquiryStatusWriter.now());
      inquiries.flush();
    }
    audit.record(
        "inquiry.archive", ENTITY, id, new ArchiveState(wasArchived), new ArchiveState(true));
    return inquiry;
  }

  @RequiresPermission(Permissions.INQUIRIES_WRITE)
  public Inquiry restoreInquiry(int id, Long expectedVersion) {
    Inquiry inquiry = getCurrent(id, expectedVersion);
    boolean wasArchived = inquiry.isArchived();
    if (wasArchived) {
      inquiry.setArchivedAt(null);
      inquiries.flush();
    }
    audit.record(
        "inquiry.restore", ENTITY, id, new ArchiveState(wasArchived), new ArchiveState(false));
    return inquiry;
  }

  @RequiresPermission(Permissions.INQUIRIES_READ)
  public Page<Inquiry> listInquiries(@NotNull @Valid InquiryListQuery query) {
    if (query.weddingDateFrom() != null
        && query.weddingDateTo() != null
        && query.weddingDateTo().isBefore(query.weddingDateFrom())) {
      throw new InvalidInputException("weddingDateTo", "must not be before weddingDateFrom");
    }
    OffsetDateTime afterCreated = null;
    Integer afterId = null;
    if (query.cursor() != null) {
      KeysetCursor cursor = KeysetCursor.decode(query.cursor(), 2);
      afterCreated = parseCursorTime(cursor.string(0));
      afterId = cursor.integer(1);
    }
    List<Inquiry> rows =
        inquiries.findPage(
            new InquirySearch(
                query.status(),
                query.weddingDateFrom(),
                query.weddingDateTo(),
                query.leadSource(),
                query.campaignId(),
                query.overdueFollowUp(),
                LocalDate.now(),
                query.q(),
                query.includeArchived(),
                afterCreated,
                afterId),
            query.limit() + 1);
    if (rows.size() <= query.limit()) {
      return new Page<>(rows, null);
    }
    List<Inquiry> page = rows.subList(0, query.limit());
    Inquiry last = page.get(page.size() - 1);
    return new Page<>(page, KeysetCursor.encode(last.getCreatedAt().toString(), last.getId()));
  }

  private static OffsetDateTime parseCursorTime(String value) {
    try {
      return value == null ? null : OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          KeysetCursor.PARAMETER,
          "is not a cursor returned by this endpoint; start again without it");
    }
  }

  private InquiryOutcome change(Inquiry inquiry, InquiryDetails details) {
    InquiryState before = InquiryState.of(inquiry);
    LocalDate previousDate = inquiry.getWeddingDate();
    Integer ownerId = details.ownerContributorId();
    Integer previousOwnerId = inquiry.getOwner() == null ? null : inquiry.getOwner().getId();
    Contributor owner =
        ownerId == null
            ? null
            : Objects.equals(ownerId, previousOwnerId)
                ? inquiry.getOwner()
                : activeContributor(ownerId);
    details.applyTo(inquiry);
    inquiry.setOwner(owner);
    inquiries.flush();
    audit.record("inquiry.update", ENTITY, inquiry.getId(), before, InquiryState.of(inquiry));
    boolean dateChanged = !Objects.equals(previousDate, inquiry.getWeddingDate());
    return new InquiryOutcome(inquiry, dateChanged ? clashesOn(inquiry.getWeddingDate()) : null);
  }

  private List<WeddingDateClash> clashesOn(LocalDate weddingDate) {
    return weddingDate == null ? List.of() : inquiries.findProjectsOn(weddingDate);
  }

  private Contact existingContact(int contactId) {
    return contacts
        .findById(contactId)
        .orElseThrow(
            () -> new InvalidInputException("contactId", "no contact has the id " + contactId));
  }

  /** The contact of a couple given by e-mail: the existing one, or a new Client Lead. */
  private Contact lead(NewInquiry draft) {
    NewLead lead = draft.contact();
    return contacts
        .findByEmail(lead.email())
        .orElseGet(
            () ->
                contactService.addContact(
                    new ContactDetails(
                        lead.firstName(),
                        lead.lastName(),
                        lead.email(),
                        lead.phoneNumber(),
                        null,
                        ContactType.CLIENT_LEAD)));
  }

  private Contributor activeContributor(int id) {
    return contributors
        .findById(id)
        .filter(contributor -> !contributor.isArchived())
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "ownerContributorId", "no active contributor has the id " + id));
  }

  private Inquiry find(int id) {
    return inquiries.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  private Inquiry getCurrent(int id, Long expectedVersion) {
    Inquiry inquiry = find(id);
    if (expectedVersion != null && expectedVersion != inquiry.getVersion()) {
      throw new StaleVersionException(RESOURCE, id, expectedVersion, inquiry.getVersion());
    }
    return inquiry;
  }

  /** The audited state of an inquiry. */
  record InquiryState(
      int contactId,
      InquiryStatus status,
      LocalDate weddingDate,
      String venueDetails,
      String notes,
      String leadSource,
      String leadSourceDetails,
      String campaignId,
      LocalDate followUpDueDate,
      Integer ownerContributorId) {

    static InquiryState of(Inquiry inquiry) {
      return new InquiryState(
          inquiry.getContact().getId(),
          inquiry.getStatus(),
          inquiry.getWeddingDate(),
          inquiry.getVenueDetails(),
          inquiry.getNotes(),
          inquiry.getLeadSource(),
          inquiry.getLeadSourceDetails(),
          inquiry.getCampaignId(),
          inquiry.getFollowUpDueDate(),
          inquiry.getOwner() == null ? null : inquiry.getOwner().getId());
    }
  }

  /** The audited state of a status move. */
  record StatusState(InquiryStatus status, String reason) {}
}
