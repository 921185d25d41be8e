package com.projectflo.crm.application;

import com.projectflo.crm.persistence.TimelineRepository;
import com.projectflo.crm.persistence.TimelineRepository.Subject;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The timeline of one contact, inquiry or project, newest first. A contact's timeline includes its
 * inquiries and its client's projects. Reading needs what reading the subject needs: {@code
 * contacts.read}, {@code inquiries.read}, or access to the project.
 */
@Stateless
public class TimelineService {

  @Inject private TimelineRepository timeline;

  @Inject private CurrentCaller currentCaller;

  @Inject private ProjectAccess projectAccess;

  @RequiresPermission
  public Page<TimelineItem> timeline(@NotNull @Valid TimelineQuery query) {
    long given =
        Stream.of(query.contactId(), query.inquiryId(), query.projectId())
            .filter(id -> id != null)
            .count();
    if (given != 1) {
      String message = "give exactly one of contactId, inquiryId and projectId";
      throw new InvalidInputException(
          List.of(
              new FieldViolation("contactId", message),
              new FieldViolation("inquiryId", message),
              new FieldViolation("projectId", message)));
    }
    Caller caller = currentCaller.get();
    Subject subject;
    int subjectId;
    if (query.contactId() != null) {
      subject = Subject.CONTACT;
      subjectId = query.contactId();
      require(caller, Permissions.CONTACTS_READ);
      if (!timeline.contactExists(subjectId)) {
        throw new NoSuchResourceException("Contact", subjectId);
      }
    } else if (query.inquiryId() != null) {
      subject = Subject.INQUIRY;
      subjectId = query.inquiryId();
      require(caller, Permissions.INQUIRIES_READ);
      if (!timeline.inquiryExists(subjectId)) {
        throw new NoSuchResourceException("Inquiry", subjectId);
      }
    } else {
      subject = Subject.PROJECT;
      subjectId = query.projectId();
      projectAccess.require(subjectId, Permissions.PROJECTS_READ);
    }
    String afterAt = null;
    String afterKind = null;
    Long afterId = null;
    if (query.cursor() != null) {
      KeysetCursor cursor = KeysetCursor.decode(query.cursor(), 3);
      afterAt = cursor.string(0);
      afterKind = cursor.string(1);
      afterId = (long) cursor.integer(2);
      try {
        if (afterAt == null || afterKind == null) {
          throw new DateTimeParseException("missing", "", 0);
        }
        Instant.parse(afterAt);
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            KeysetCursor.PARAMETER,
            "is not a cursor returned by this endpoint; start again without it");
      }
    }
    List<TimelineItem> rows =
        timeline.findPage(subject, subjectId, afterAt, afterKind, afterId, query.limit() + 1);
    if (rows.size() <= query.limit()) {
      return new Page<>(rows, null);
    }
    List<TimelineItem> page = rows.subList(0, query.limit());
    TimelineItem last = page.get(page.size() - 1);
    return new Page<>(
        page, KeysetCursor.encode(last.at().toInstant().toString(), last.kind(), (int) last.id()));
  }

  private static void require(Caller caller, String permission) {
    if (!caller.holds(permission)) {
      throw new AccessDeniedException(permission);
    }
  }
}
