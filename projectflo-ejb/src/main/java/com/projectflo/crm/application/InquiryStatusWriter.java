package com.projectflo.crm.application;

import com.projectflo.crm.model.Inquiry;
import com.projectflo.crm.model.InquiryStatus;
import com.projectflo.crm.model.InquiryStatusChange;
import com.projectflo.crm.persistence.InquiryRepository;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.platform.application.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Moves inquiries through the pipeline of {@link InquiryStateMachine}: checks the move, sets the
 * status and its milestones ({@code status_changed_at}, {@code first_contacted_at}, {@code
 * booked_at}, {@code lost_reason}) and writes the {@code inquiry_status_changes} row, in the
 * transaction of the service that calls it (which also writes the audit row).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class InquiryStatusWriter {

  @Inject private InquiryRepository inquiries;

  @Inject private CurrentCaller currentCaller;

  /** The first history row of a new inquiry (no previous status). */
  public void recordCreation(Inquiry inquiry) {
    inquiries.addStatusChange(change(inquiry, null, inquiry.getStatus(), null, now()));
  }

  /** A move a person asked for: never to Booked, which only the booking flow sets. */
  public void moveManually(Inquiry inquiry, InquiryStatus to, String reason) {
    InquiryStatus from = inquiry.getStatus();
    if (!InquiryStateMachine.isAllowedManually(from, to)) {
      throw new IllegalTransitionException(
          from,
          to,
          InquiryStateMachine.manualTargetsFrom(from),
          to == InquiryStatus.BOOKED && InquiryStateMachine.isAllowed(from, to)
              ? "Booked is set by the booking flow only"
              : null);
    }
    move(inquiry, to, reason);
  }

  /** The booking flow's move to Booked. */
  public void book(Inquiry inquiry) {
    InquiryStatus from = inquiry.getStatus();
    if (!InquiryStateMachine.isAllowed(from, InquiryStatus.BOOKED)) {
      throw new IllegalTransitionException(
          from, InquiryStatus.BOOKED, InquiryStateMachine.targetsFrom(from), null);
    }
    move(inquiry, InquiryStatus.BOOKED, null);
  }

  private void move(Inquiry inquiry, InquiryStatus to, String reason) {
    if (InquiryStateMachine.requiresReason(to) && reason == null) {
      throw new InvalidInputException("reason", "is required to close an inquiry as " + to.label());
    }
    InquiryStatus from = inquiry.getStatus();
    OffsetDateTime now = now();
    inquiry.setStatus(to);
    inquiry.setStatusChangedAt(now);
    if (inquiry.getFirstContactedAt() == null && InquiryStateMachine.isFirstContact(from, to)) {
      inquiry.setFirstContactedAt(now);
    }
    if (to == InquiryStatus.BOOKED) {
      inquiry.setBookedAt(now);
    }
    if (to == InquiryStatus.CLOSED_LOST) {
      inquiry.setLostReason(reason);
    }
    inquiries.addStatusChange(change(inquiry, from, to, reason, now));
    inquiries.flush();
  }

  private InquiryStatusChange change(
      Inquiry inquiry, InquiryStatus from, InquiryStatus to, String reason, OffsetDateTime at) {
    InquiryStatusChange change = new InquiryStatusChange();
    change.setInquiry(inquiry);
    change.setFromStatus(from);
    change.setToStatus(to);
    change.setReason(reason);
    change.setChangedAt(at);
    currentCaller
        .find()
        .filter(Caller::isContributor)
        .ifPresent(caller -> change.setChangedBy(inquiries.contributorReference(caller.id())));
    return change;
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
