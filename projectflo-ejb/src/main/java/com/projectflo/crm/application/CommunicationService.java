package com.projectflo.crm.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.crm.model.CommunicationLogEntry;
import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.crm.persistence.ActivityRepository;
import com.projectflo.crm.persistence.CommunicationRepository;
import com.projectflo.crm.persistence.CommunicationRepository.CommunicationSearch;
import com.projectflo.crm.persistence.ContactRepository;
import com.projectflo.execution.model.Project;
import com.projectflo.execution.persistence.ProjectRepository;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.persistence.ContributorRepository;
import com.projectflo.platform.application.AccessDeniedException;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The communications log: what was said to a contact, when and by whom. Logging takes {@code
 * activities.write}, reading {@code contacts.read}. Entries are never edited.
 */
@Stateless
public class CommunicationService {

  static final String RESOURCE = "Communication";
  static final String ENTITY = "communication";

  /** How far in the future a communication date may be (clock skew). */
  static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

  @Inject private CommunicationRepository communications;

  @Inject private ActivityRepository references;

  @Inject private ContactRepository contacts;

  @Inject private ProjectRepository projects;

  @Inject private ContributorRepository contributors;

  @Inject private CurrentCaller currentCaller;

  @Inject private ProjectAccess projectAccess;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.ACTIVITIES_WRITE)
  public CommunicationLogEntry logCommunication(@NotNull @Valid NewCommunication draft) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    List<FieldViolation> bad = new ArrayList<>();
    Contact contact = contacts.findById(draft.contactId()).orElse(null);
    if (contact == null) {
      bad.add(new FieldViolation("contactId", "no contact has the id " + draft.contactId()));
    }
    Inquiry inquiry = null;
    if (draft.inquiryId() != null) {
      inquiry = references.findInquiry(draft.inquiryId()).orElse(null);
      if (inquiry == null) {
        bad.add(new FieldViolation("inquiryId", "no inquiry has the id " + draft.inquiryId()));
      }
    }
    Project project = null;
    if (draft.projectId() != null) {
      project = projects.findById(draft.projectId()).orElse(null);
      if (project == null) {
        bad.add(new FieldViolation("projectId", "no project has the id " + draft.projectId()));
      }
    }
    if (draft.communicationDate() != null
        && draft.communicationDate().isAfter(now.plus(FUTURE_TOLERANCE))) {
      bad.add(
          new FieldViolation("communicationDate", "must not be more than 5 minutes in the future"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    Caller caller = currentCaller.get();
    CommunicationLogEntry entry = new CommunicationLogEntry();
    entry.setContact(contact);
    entry.setInquiry(inquiry);
    entry.setProject(project);
    entry.setType(draft.type());
    entry.setNotes(draft.notes());
    entry.setCommunicationDate(
        draft.communicationDate() == null
            ? now
            : draft.communicationDate().truncatedTo(ChronoUnit.MICROS));
    if (caller.isContributor()) {
      entry.setLoggedBy(contributors.findById(caller.id()).orElse(null));
    }
    communications.add(entry);
    audit.record("communication.create", ENTITY, entry.getId(), null, EntryState.of(entry));
    return entry;
  }

  /** An entry about a project is visible to those who may see that project (404 otherwise). */
  @RequiresPermission(Permissions.CONTACTS_READ)
  public CommunicationLogEntry getCommunication(int id) {
    CommunicationLogEntry entry =
        communications.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
    if (entry.getProjectId() != null && !currentCaller.get().seesAllProjects()) {
      try {
        projectAccess.require(entry.getProjectId(), Permissions.PROJECTS_READ);
      } catch (NoSuchResourceException | AccessDeniedException hidden) {
        throw new NoSuchResourceException(RESOURCE, id);
      }
    }
    return entry;
  }

  @RequiresPermission(Permissions.CONTACTS_READ)
  public Page<CommunicationLogEntry> listCommunications(
      @NotNull @Valid CommunicationListQuery query) {
    OffsetDateTime afterDate = null;
    Integer afterId = null;
    if (query.cursor() != null) {
      KeysetCursor cursor = KeysetCursor.decode(query.cursor(), 2);
      afterDate = parseCursorTime(cursor.string(0));
      afterId = cursor.integer(1);
    }
    Caller caller = currentCaller.get();
    if (query.projectId() != null && !caller.seesAllProjects()) {
      projectAccess.require(query.projectId(), Permissions.PROJECTS_READ);
    }
    List<CommunicationLogEntry> rows =
        communications.findPage(
            new CommunicationSearch(
                query.contactId(),
                query.inquiryId(),
                query.projectId(),
                caller.seesAllProjects() ? null : caller.id(),
                afterDate,
                afterId),
            query.limit() + 1);
    if (rows.size() <= query.limit()) {
      return new Page<>(rows, null);
    }
    List<CommunicationLogEntry> page = rows.subList(0, query.limit());
    CommunicationLogEntry last = page.get(page.size() - 1);
    return new Page<>(
        page, KeysetCursor.encode(last.getCommunicationDate().toString(), last.getId()));
  }

  private static OffsetDateTime parseCursorTime(String value) {
    try {
      if (value == null) {
        throw new DateTimeParseException("missing", "", 0);
      }
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          KeysetCursor.PARAMETER,
          "is not a cursor returned by this endpoint; start again without it");
    }
  }

  /** The audited state of a log entry. */
  record EntryState(
      int contactId,
      Integer inquiryId,
      Integer projectId,
      String type,
      String notes,
      OffsetDateTime communicationDate,
      Integer loggedByContributorId) {

    static EntryState of(CommunicationLogEntry entry) {
      return new EntryState(
          entry.getContactId(),
          entry.getInquiryId(),
          entry.getProjectId(),
          entry.getType(),
          entry.getNotes(),
          entry.getCommunicationDate(),
          entry.getLoggedBy() == null ? null : entry.getLoggedBy().getId());
    }
  }
}
