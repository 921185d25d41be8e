package com.projectflo.crm.application;

import static com.projectflo.crm.model.InquiryStatus.BOOKED;
import static com.projectflo.crm.model.InquiryStatus.CLOSED_LOST;
import static com.projectflo.crm.model.InquiryStatus.CONTACTED;
import static com.projectflo.crm.model.InquiryStatus.NEW;
import static com.projectflo.crm.model.InquiryStatus.PROPOSAL_SENT;

import com.projectflo.crm.model.InquiryStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The sales pipeline of an inquiry: which status may follow which. Pure rules, no state.
 *
 * <ul>
 *   <li>Forward only, skips allowed: New → Contacted → Proposal Sent → Booked, and a studio may
 *       jump ahead (New → Proposal Sent, New or Contacted → Booked) when a couple answers fast.
 *   <li>Closed-Lost from New, Contacted and Proposal Sent, with a reason.
 *   <li>Booked and Closed-Lost are terminal: nothing follows them. No move goes back, and staying
 *       in the same status is not a move.
 *   <li>Booked is reached only through the booking flow, never by a manual status change.
 * </ul>
 */
public final class InquiryStateMachine {

  private static final Map<InquiryStatus, Set<InquiryStatus>> NEXT =
      new EnumMap<>(
          Map.of(
              NEW, EnumSet.of(CONTACTED, PROPOSAL_SENT, BOOKED, CLOSED_LOST),
              CONTACTED, EnumSet.of(PROPOSAL_SENT, BOOKED, CLOSED_LOST),
              PROPOSAL_SENT, EnumSet.of(BOOKED, CLOSED_LOST),
              BOOKED, EnumSet.noneOf(InquiryStatus.class),
              CLOSED_LOST, EnumSet.noneOf(InquiryStatus.class)));

  private InquiryStateMachine() {}

  /** Every status that may follow {@code from}, in pipeline order. */
  public static Set<InquiryStatus> targetsFrom(InquiryStatus from) {
    return Collections.unmodifiableSet(EnumSet.copyOf(NEXT.get(from)));
  }

  /** The statuses a person may set by hand after {@code from}: all targets except Booked. */
  public static Set<InquiryStatus> manualTargetsFrom(InquiryStatus from) {
    EnumSet<InquiryStatus> targets = EnumSet.noneOf(InquiryStatus.class);
    targets.addAll(NEXT.get(from));
    targets.remove(BOOKED);
    return Collections.unmodifiableSet(targets);
  }

  public static boolean isAllowed(InquiryStatus from, InquiryStatus to) {
    return NEXT.get(from).contains(to);
  }

  /** Whether a person may move an inquiry from {@code from} to {@code to} by hand. */
  public static boolean isAllowedManually(InquiryStatus from, InquiryStatus to) {
    return to != BOOKED && isAllowed(from, to);
  }

  public static boolean isTerminal(InquiryStatus status) {
    return NEXT.get(status).isEmpty();
  }

  /** Whether entering {@code to} needs a reason (Closed-Lost: why the lead was lost). */
  public static boolean requiresReason(InquiryStatus to) {
    return to == CLOSED_LOST;
  }

  /**
   * Whether entering {@code to} from {@code from} is the first contact with the couple: the first
   * move out of New to a status that implies a conversation (not a lead lost before any reply).
   */
  public static boolean isFirstContact(InquiryStatus from, InquiryStatus to) {
    return from == NEW && (to == CONTACTED || to == PROPOSAL_SENT || to == BOOKED);
  }
}
