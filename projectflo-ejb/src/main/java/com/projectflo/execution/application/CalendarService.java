package com.projectflo.execution.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.execution.model.CalendarEvent;
import com.projectflo.execution.model.CalendarEventType;
import com.projectflo.execution.model.Project;
import com.projectflo.execution.persistence.CalendarEventRepository;
import com.projectflo.execution.persistence.CalendarEventRepository.EventSearch;
import com.projectflo.execution.persistence.CrewFiguresRepository;
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
import com.projectflo.platform.application.PageRequest;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The crew calendar: events of contributors (project assignments, absences, holidays, personal
 * time), conflicts between them and who is free on a date. {@code calendar.read} reads everyone's
 * calendar and {@code calendar.write} manages everyone's events; without calendar.write a
 * contributor still manages its own PERSONAL and ABSENCE events. EXTERNAL_SYNC events belong to
 * calendar synchronisation and are not written through this service.
 */
@Stateless
public class CalendarService {

  static final String RESOURCE = "CalendarEvent";
  static final String ENTITY = "calendar_event";

  /** The longest range a conflict search covers. */
  static final int MAX_RANGE_DAYS = 366;

  /** What a contributor manages on its own calendar without calendar.write. */
  static final Set<CalendarEventType> SELF_SERVICE =
      EnumSet.of(CalendarEventType.PERSONAL, CalendarEventType.ABSENCE);

  @Inject private CalendarEventRepository events;

  @Inject private ContributorRepository contributors;

  @Inject private ProjectRepository projects;

  @Inject private CrewFiguresRepository figures;

  @Inject private CrewSettings settings;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  @RequiresPermission
  public CalendarEvent createEvent(@NotNull @Valid CalendarEventDetails details) {
    Caller caller = currentCaller.get();
    Integer contributorId = details.contributorId();
    if (contributorId == null) {
      if (!caller.isContributor()) {
        throw new InvalidInputException("contributorId", "is required");
      }
      contributorId = caller.id();
    }
    requireManager(caller, contributorId, details.type());
    CalendarEvent event = new CalendarEvent();
    apply(event, details, contributorId);
    events.add(event);
    audit.record("calendar_event.create", ENTITY, event.getId(), null, EventState.of(event));
    return event;
  }

  /** An event: the caller's own, or anyone's with calendar.read. */
  @RequiresPermission
  public CalendarEvent getEvent(int id) {
    CalendarEvent event = find(id);
    currentCaller.requireSelfOr(event.getContributor().getId(), Permissions.CALENDAR_READ);
    return event;
  }

  /** Replaces the editable fields; an absent contributorId keeps the event's contributor. */
  @RequiresPermission
  public CalendarEvent updateEvent(
      int id, @NotNull @Valid CalendarEventDetails details, Long expectedVersion) {
    Caller caller = currentCaller.get();
    CalendarEvent event = current(id, expectedVersion);
    requireManager(caller, event.getContributor().getId(), event.getEventType());
    int contributorId =
        details.contributorId() == null ? event.getContributor().getId() : details.contributorId();
    requireManager(caller, contributorId, details.type());
    EventState before = EventState.of(event);
    apply(event, details, contributorId);
    events.flush();
    audit.record("calendar_event.update", ENTITY, id, before, EventState.of(event));
    return event;
  }

  @RequiresPermission
  public void deleteEvent(int id, Long expectedVersion) {
    Caller caller = currentCaller.get();
    CalendarEvent event = current(id, expectedVersion);
    requireManager(caller, event.getContributor().getId(), event.getEventType());
    EventState before = EventState.of(event);
    events.remove(event);
    audit.record("calendar_event.delete", ENTITY, id, before, null);
  }

  /**
   * One page of events in (start time, id) order. Without calendar.read the caller lists its own
   * events only.
   */
  @RequiresPermission
  public Page<CalendarEvent> listEvents(@NotNull @Valid CalendarEventListQuery query) {
    Caller caller = currentCaller.get();
    Integer contributorId = query.contributorId();
    if (!caller.holds(Permissions.CALENDAR_READ)) {
      if (contributorId != null && contributorId != caller.id()) {
        throw new AccessDeniedException(Permissions.CALENDAR_READ);
      }
      contributorId = caller.id();
    }
    if (query.from() != null && query.to() != null && !query.to().isAfter(query.from())) {
      throw new InvalidInputException("to", "must be after from");
    }
    OffsetDateTime afterStart = null;
    Integer afterId = null;
    if (query.cursor() != null) {
      KeysetCursor cursor = KeysetCursor.decode(query.cursor(), 2);
      afterStart = parseCursorTime(cursor.string(0));
      afterId = cursor.integer(1);
    }
    List<CalendarEvent> rows =
        events.findPage(
            new EventSearch(
                contributorId,
                query.projectId(),
                query.type(),
                query.from(),
                query.to(),
                afterStart,
                afterId),
            query.limit() + 1);
    return new PageRequest(query.limit(), null)
        .page(rows, last -> KeysetCursor.encode(last.getStartTime().toString(), last.getId()));
  }

  /**
   * The conflicts of a contributor's calendar over the days [from, to] (inclusive, in the studio's
   * time zone): every pair of its events that overlap.
   */
  @RequiresPermission
  public List<CalendarConflict> findConflicts(
      int contributorId, @NotNull LocalDate from, @NotNull LocalDate to) {
    currentCaller.requireSelfOr(contributorId, Permissions.CALENDAR_READ);
    checkRange(from, to);
    if (contributors.findById(contributorId).isEmpty()) {
      throw new NoSuchResourceException("Contributor", contributorId);
    }
    List<CalendarEvent> found =
        events.findOverlapping(contributorId, startOf(from), startOf(to.plusDays(1)));
    List<CalendarConflict> conflicts = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      CalendarEvent first = found.get(i);
      // Sorted by start: once an event starts after the first ends, no later one overlaps it.
      for (int j = i + 1;
          j < found.size() && found.get(j).getStartTime().isBefore(first.getEndTime());
          j++) {
        CalendarEvent second = found.get(j);
        boolean bothBooked =
            first.getEventType() == CalendarEventType.PROJECT_ASSIGNMENT
                && second.getEventType() == CalendarEventType.PROJECT_ASSIGNMENT;
        conflicts.add(
            new CalendarConflict(
                bothBooked ? CalendarConflict.Kind.DOUBLE_BOOKING : CalendarConflict.Kind.OVERLAP,
                first,
                second));
      }
    }
    return conflicts;
  }

  /**
   * Active contributors with no event on {@code date} (a day in the studio's time zone), in id
   * order, with the rate they would charge for the task template when one is given.
   */
  @RequiresPermission(Permissions.CALENDAR_READ)
  public Page<AvailableContributor> findAvailable(
      @NotNull LocalDate date, Integer taskTemplateId, @NotNull @Valid PageRequest page) {
    if (taskTemplateId != null && !figures.taskTemplateExists(taskTemplateId)) {
      throw new InvalidInputException(
          "taskTemplateId", "no task template has the id " + taskTemplateId);
    }
    List<Contributor> free =
        events.findFree(startOf(date), startOf(date.plusDays(1)), page.afterId(), page.limit() + 1);
    Page<Contributor> shown = page.page(free, last -> KeysetCursor.encode(last.getId()));
    Map<Integer, BigDecimal> skillRates =
        taskTemplateId == null
            ? Map.of()
            : figures.skillRates(
                taskTemplateId, shown.items().stream().map(Contributor::getId).toList());
    return shown.map(
        contributor -> {
          BigDecimal skill = skillRates.get(contributor.getId());
          return skill == null
              ? new AvailableContributor(contributor, contributor.getDefaultHourlyRate(), "default")
              : new AvailableContributor(contributor, skill, "skill");
        });
  }

  private OffsetDateTime startOf(LocalDate day) {
    return settings.startOf(day);
  }

  private static void checkRange(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
      throw new InvalidInputException(
          "to", "must be less than " + MAX_RANGE_DAYS + " days after from");
    }
  }

  /**
   * Managing an event of {@code type} on {@code contributorId}'s calendar: calendar.write, or the
   * contributor itself for its PERSONAL and ABSENCE events.
   */
  private static void requireManager(Caller caller, int contributorId, CalendarEventType type) {
    if (caller.holds(Permissions.CALENDAR_WRITE)) {
      return;
    }
    boolean own = caller.isContributor() && caller.id() == contributorId;
    if (!own || !SELF_SERVICE.contains(type)) {
      throw new AccessDeniedException(Permissions.CALENDAR_WRITE);
    }
  }

  /** Checks every field first, so that one 400 names every bad field and nothing changes. */
  private void apply(CalendarEvent event, CalendarEventDetails details, int contributorId) {
    List<FieldViolation> bad = new ArrayList<>();
    Contributor contributor =
        event.getContributor() != null && event.getContributor().getId() == contributorId
            ? event.getContributor()
            : contributors.findById(contributorId).filter(c -> !c.isArchived()).orElse(null);
    if (contributor == null) {
      bad.add(
          new FieldViolation("contributorId", "no active contributor has the id " + contributorId));
    }
    Optional<Project> project =
        details.projectId() == null ? Optional.empty() : projects.findById(details.projectId());
    if (details.projectId() != null && project.isEmpty()) {
      bad.add(new FieldViolation("projectId", "no project has the id " + details.projectId()));
    }
    if (details.type() == CalendarEventType.EXTERNAL_SYNC) {
      bad.add(
          new FieldViolation("type", "EXTERNAL_SYNC events come from calendar synchronisation"));
    }
    if (details.type() == CalendarEventType.PROJECT_ASSIGNMENT && details.projectId() == null) {
      bad.add(new FieldViolation("projectId", "is required for a PROJECT_ASSIGNMENT event"));
    }
    boolean endAfterStart = details.endTime().isAfter(details.startTime());
    if (!endAfterStart) {
      bad.add(new FieldViolation("endTime", "must be after startTime"));
    }
    if (details.allDay()) {
      if (!details.startTime().toLocalTime().equals(LocalTime.MIDNIGHT)) {
        bad.add(new FieldViolation("startTime", "must be at midnight for an all-day event"));
      }
      if (endAfterStart && !details.endTime().toLocalTime().equals(LocalTime.MIDNIGHT)) {
        bad.add(new FieldViolation("endTime", "must be at midnight for an all-day event"));
      }
    }
    if (!bad.isEmpty()) {
      bad.sort(Comparator.comparing(FieldViolation::field));
      throw new InvalidInputException(bad);
    }
    event.setContributor(contributor);
    event.setProject(project.orElse(null));
    event.setEventType(details.type());
    event.setTitle(details.title());
    event.setDescription(details.description());
    event.setStartTime(details.startTime());
    event.setEndTime(details.endTime());
    event.setAllDay(details.allDay());
  }

  private static OffsetDateTime parseCursorTime(String value) {
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidInputException(
          KeysetCursor.PARAMETER,
          "is not a cursor returned by this endpoint; start again without it");
    }
  }

  private CalendarEvent find(int id) {
    return events.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  private CalendarEvent current(int id, Long expectedVersion) {
    CalendarEvent event = find(id);
    if (expectedVersion != null && expectedVersion != event.getVersion()) {
      throw new StaleVersionException(RESOURCE, id, expectedVersion, event.getVersion());
    }
    return event;
  }

  /** The audited state of an event. */
  record EventState(
      int contributorId,
      Integer projectId,
      CalendarEventType type,
      String title,
      String description,
      OffsetDateTime startTime,
      OffsetDateTime endTime,
      boolean allDay) {

    static EventState of(CalendarEvent event) {
      return new EventState(
          event.getContributor().getId(),
          event.getProject() == null ? null : event.getProject().getId(),
          event.getEventType(),
          event.getTitle(),
          event.getDescription(),
          event.getStartTime(),
          event.getEndTime(),
          event.isAllDay());
    }
  }
}
