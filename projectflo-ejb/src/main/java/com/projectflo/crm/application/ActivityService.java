package com.projectflo.crm.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.crm.model.Activity;
import com.projectflo.crm.model.ActivityStatus;
import com.projectflo.crm.model.ActivityType;
import com.projectflo.crm.persistence.ActivityRepository;
import com.projectflo.crm.persistence.ActivityRepository.ActivitySearch;
import com.projectflo.crm.persistence.ContactRepository;
import com.projectflo.execution.persistence.ProjectRepository;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.persistence.ContributorRepository;
import com.projectflo.platform.application.AccessDeniedException;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Activities: calls, e-mails, meetings and to-dos about a contact, an inquiry or a project,
 * assigned to a contributor. Managing them takes {@code activities.write}; every contributor reads
 * its own activities and its agenda. Deleting is a hard delete (the table keeps no archive flag).
 */
@Stateless
public class ActivityService {

  static final String RESOURCE = "Activity";
  static final String ENTITY = "activity";

  /** The most activities an agenda shows. */
  static final int AGENDA_LIMIT = 500;

  @Inject private ActivityRepository activities;

  @Inject private ContactRepository contacts;

  @Inject private ProjectRepository projects;

  @Inject private ContributorRepository contributors;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.ACTIVITIES_WRITE)
  public Activity createActivity(@NotNull @Valid ActivityDetails details) {
    Caller caller = currentCaller.get();
    Activity activity = new Activity();
    Integer assigneeId = details.assignedContributorId();
    if (assigneeId == null) {
      if (!caller.isContributor()) {
        throw new InvalidInputException("assignedContributorId", "is required");
      }
      assigneeId = caller.id();
    }
    apply(activity, details, assigneeId);
    activity.setStatus(ActivityStatus.PENDING);
    activities.add(activity);
    audit.record("activity.create", ENTITY, activity.getId(), null, ActivityState.of(activity));
    return activity;
  }

  /** An activity: the caller's own, or anyone's with {@code activities.write}. */
  @RequiresPermission
  public Activity getActivity(int id) {
    Activity activity = find(id);
    requireReader(activity.getAssignedContributor().getId());
    return activity;
  }

  /** Replaces the editable fields (an absent assignee stays); the status does not change here. */
  @RequiresPermission(Permissions.ACTIVITIES_WRITE)
  public Activity updateActivity(
      int id, @NotNull @Valid ActivityDetails details, Long expectedVersion) {
    Activity activity = getCurrent(id, expectedVersion);
    ActivityState before = ActivityState.of(activity);
    Integer assigneeId =
        details.assignedContributorId() == null
            ? activity.getAssignedContributor().getId()
            : details.assignedContributorId();
    apply(activity, details, assigneeId);
    activities.flush();
    audit.record("activity.update", ENTITY, id, before, ActivityState.of(activity));
    return activity;
  }

  /** Marks the activity done now; completing a completed activity changes nothing. */
  @RequiresPermission(Permissions.ACTIVITIES_WRITE)
  public Activity completeActivity(int id, Long expectedVersion) {
    Activity activity = getCurrent(id, expectedVersion);
    ActivityState before = ActivityState.of(activity);
    if (activity.getStatus() != ActivityStatus.COMPLETED) {
      activity.setStatus(ActivityStatus.COMPLETED);
      activity.setCompletedAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
      activities.flush();
    }
    audit.record("activity.complete", ENTITY, id, before, ActivityState.of(activity));
    return activity;
  }

  /** Back to Pending (completed_at cleared); reopening a pending activity changes nothing. */
  @RequiresPermission(Permissions.ACTIVITIES_WRITE)
  public Activity reopenActivity(int id, Long expectedVersion) {
    Activity activity = getCurrent(id, expectedVersion);
    ActivityState before = ActivityState.of(activity);
    if (activity.getStatus() != ActivityStatus.PENDING) {
      activity.setStatus(ActivityStatus.PENDING);
      activity.setCompletedAt(null);
      activities.flush();
    }
    audit.record("activity.reopen", ENTITY, id, before, ActivityState.of(activity));
    return activity;
  }

  /** Hard delete: the row is gone (the audit row keeps its last state). */
  @RequiresPermission(Permissions.ACTIVITIES_WRITE)
  public void deleteActivity(int id, Long expectedVersion) {
    Activity activity = getCurrent(id, expectedVersion);
    ActivityState before = ActivityState.of(activity);
    activities.remove(activity);
    audit.record("activity.delete", ENTITY, id, before, null);
  }

  /**
   * One page of activities. Without {@code activities.write} the caller lists its own activities
   * only (assigneeId must be absent or its own id).
   */
  @RequiresPermission
  public Page<Activity> listActivities(@NotNull @Valid ActivityListQuery query) {
    Caller caller = currentCaller.get();
    Integer assigneeId = query.assigneeId();
    if (!caller.holds(Permissions.ACTIVITIES_WRITE)) {
      if (assigneeId != null && assigneeId != caller.id()) {
        throw new AccessDeniedException(Permissions.ACTIVITIES_WRITE);
      }
      assigneeId = caller.id();
    }
    if (query.dueFrom() != null
        && query.dueTo() != null
        && query.dueTo().isBefore(query.dueFrom())) {
      throw new InvalidInputException("dueTo", "must not be before dueFrom");
    }
    LocalDate afterDue = null;
    Integer afterId = null;
    if (query.cursor() != null) {
      KeysetCursor cursor = KeysetCursor.decode(query.cursor(), 2);
      afterDue = parseCursorDate(cursor.string(0));
      afterId = cursor.integer(1);
    }
    List<Activity> rows =
        activities.findPage(
            new ActivitySearch(
                assigneeId,
                query.status(),
                query.contactId(),
                query.inquiryId(),
                query.projectId(),
                query.dueFrom(),
                query.dueTo(),
                afterDue,
                afterId),
            query.limit() + 1);
    if (rows.size() <= query.limit()) {
      return new Page<>(rows, null);
    }
    List<Activity> page = rows.subList(0, query.limit());
    Activity last = page.get(page.size() - 1);
    return new Page<>(
        page,
        KeysetCursor.encode(
            last.getDueDate() == null ? null : last.getDueDate().toString(), last.getId()));
  }

  /**
   * The caller's pending activities grouped into overdue, due today and due in the next {@code
   * days} days. Any signed-in contributor; no permission needed.
   */
  @RequiresPermission
  public Agenda agenda(@Min(0) @Max(90) int days) {
    Caller caller = currentCaller.get();
    if (!caller.isContributor()) {
      throw new AccessDeniedException("a studio account");
    }
    LocalDate today = LocalDate.now();
    LocalDate until = today.plusDays(days);
    List<Activity> overdue = new ArrayList<>();
    List<Activity> dueToday = new ArrayList<>();
    List<Activity> upcoming = new ArrayList<>();
    for (Activity activity : activities.findPendingDueBy(caller.id(), until, AGENDA_LIMIT)) {
      if (activity.getDueDate().isBefore(today)) {
        overdue.add(activity);
      } else if (activity.getDueDate().isEqual(today)) {
        dueToday.add(activity);
      } else {
        upcoming.add(activity);
      }
    }
    return new Agenda(today, until, overdue, dueToday, upcoming);
  }

  private void requireReader(int assigneeId) {
    Caller caller = currentCaller.get();
    boolean own = caller.isContributor() && caller.id() == assigneeId;
    if (!own && !caller.holds(Permissions.ACTIVITIES_WRITE)) {
      throw new AccessDeniedException(Permissions.ACTIVITIES_WRITE);
    }
  }

  /** Resolves every reference first, so that one 400 names every bad field and nothing changes. */
  private void apply(Activity activity, ActivityDetails details, int assigneeId) {
    List<FieldViolation> bad = new ArrayList<>();
    if (details.contactId() == null && details.inquiryId() == null && details.projectId() == null) {
      bad.add(
          new FieldViolation(
              "contactId", "give at least one of contactId, inquiryId and projectId"));
    }
    var contact = details.contactId() == null ? null : contacts.findById(details.contactId());
    if (contact != null && contact.isEmpty()) {
      bad.add(new FieldViolation("contactId", "no contact has the id " + details.contactId()));
    }
    var inquiry = details.inquiryId() == null ? null : activities.findInquiry(details.inquiryId());
    if (inquiry != null && inquiry.isEmpty()) {
      bad.add(new FieldViolation("inquiryId", "no inquiry has the id " + details.inquiryId()));
    }
    var project = details.projectId() == null ? null : projects.findById(details.projectId());
    if (project != null && project.isEmpty()) {
      bad.add(new FieldViolation("projectId", "no project has the id " + details.projectId()));
    }
    Contributor assignee =
        Objects.equals(
                activity.getAssignedContributor() == null
                    ? null
                    : activity.getAssignedContributor().getId(),
                assigneeId)
            ? activity.getAssignedContributor()
            : contributors
                .findById(assigneeId)
                .filter(contributor -> !contributor.isArchived())
                .orElse(null);
    if (assignee == null) {
      bad.add(
          new FieldViolation(
              "assignedContributorId", "no active contributor has the id " + assigneeId));
    }
    if (!bad.isEmpty()) {
      bad.sort(Comparator.comparing(FieldViolation::field));
      throw new InvalidInputException(bad);
    }
    activity.setActivityType(details.type());
    activity.setContact(contact == null ? null : contact.get());
    activity.setInquiry(inquiry == null ? null : inquiry.get());
    activity.setProject(project == null ? null : project.get());
    activity.setAssignedContributor(assignee);
    activity.setTitle(details.title());
    activity.setNotes(details.notes());
    activity.setDueDate(details.dueDate());
  }

  private static LocalDate parseCursorDate(String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          KeysetCursor.PARAMETER,
          "is not a cursor returned by this endpoint; start again without it");
    }
  }

  private Activity find(int id) {
    return activities.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  private Activity getCurrent(int id, Long expectedVersion) {
    Activity activity = find(id);
    if (expectedVersion != null && expectedVersion != activity.getVersion()) {
      throw new StaleVersionException(RESOURCE, id, expectedVersion, activity.getVersion());
    }
    return activity;
  }

  /** The audited state of an activity. */
  record ActivityState(
      ActivityType type,
      Integer contactId,
      Integer inquiryId,
      Integer projectId,
      int assignedContributorId,
      String title,
      String notes,
      LocalDate dueDate,
      ActivityStatus status,
      OffsetDateTime completedAt) {

    static ActivityState of(Activity activity) {
      return new ActivityState(
          activity.getActivityType(),
          activity.getContactId(),
          activity.getInquiryId(),
          activity.getProjectId(),
          activity.getAssignedContributor().getId(),
          activity.getTitle(),
          activity.getNotes(),
          activity.getDueDate(),
          activity.getStatus(),
          activity.getCompletedAt());
    }
  }
}
