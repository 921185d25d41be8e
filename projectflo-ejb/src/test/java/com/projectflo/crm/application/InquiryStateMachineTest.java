package com.projectflo.crm.application;

import static com.projectflo.crm.model.InquiryStatus.BOOKED;
import static com.projectflo.crm.model.InquiryStatus.CLOSED_LOST;
import static com.projectflo.crm.model.InquiryStatus.CONTACTED;
import static com.projectflo.crm.model.InquiryStatus.NEW;
import static com.projectflo.crm.model.InquiryStatus.PROPOSAL_SENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.crm.model.InquiryStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every one of the 5 × 5 status pairs against the pipeline's table, written out in full. */
class InquiryStateMachineTest {

  /** Rows: from; columns: to, in enum order New, Contacted, Proposal Sent, Booked, Closed-Lost. */
  private static final boolean[][] EXPECTED = {
    /* New           */ {false, true, true, true, true},
    /* Contacted     */ {false, false, true, true, true},
    /* Proposal Sent */ {false, false, false, true, true},
    /* Booked        */ {false, false, false, false, false},
    /* Closed-Lost   */ {false, false, false, false, false},
  };

  @Test
  void theTableCoversEveryStatus() {
    assertThat(InquiryStatus.values())
        .containsExactly(NEW, CONTACTED, PROPOSAL_SENT, BOOKED, CLOSED_LOST);
  }

  @Test
  void everyPairIsAllowedExactlyWhenTheTableSaysSo() {
    List<String> wrong = new ArrayList<>();
    for (InquiryStatus from : InquiryStatus.values()) {
      for (InquiryStatus to : InquiryStatus.values()) {
        boolean expected = EXPECTED[from.ordinal()][to.ordinal()];
        if (InquiryStateMachine.isAllowed(from, to) != expected) {
          wrong.add(from.label() + " -> " + to.label() + " should be " + expected);
        }
        if (InquiryStateMachine.targetsFrom(from).contains(to) != expected) {
          wrong.add("targetsFrom(" + from.label() + ") disagrees on " + to.label());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyPairIsAllowedManuallyExceptIntoBooked() {
    List<String> wrong = new ArrayList<>();
    for (InquiryStatus from : InquiryStatus.values()) {
      for (InquiryStatus to : InquiryStatus.values()) {
        boolean expected = EXPECTED[from.ordinal()][to.ordinal()] && to != BOOKED;
        if (InquiryStateMachine.isAllowedManually(from, to) != expected) {
          wrong.add(from.label() + " -> " + to.label() + " by hand should be " + expected);
        }
        if (InquiryStateMachine.manualTargetsFrom(from).contains(to) != expected) {
          wrong.add("manualTargetsFrom(" + from.label() + ") disagrees on " + to.label());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void targetsAreListedInPipelineOrder() {
    assertThat(InquiryStateMachine.targetsFrom(NEW))
        .containsExactly(CONTACTED, PROPOSAL_SENT, BOOKED, CLOSED_LOST);
    assertThat(InquiryStateMachine.manualTargetsFrom(NEW))
        .containsExactly(CONTACTED, PROPOSAL_SENT, CLOSED_LOST);
    assertThat(InquiryStateMachine.manualTargetsFrom(CONTACTED))
        .containsExactly(PROPOSAL_SENT, CLOSED_LOST);
    assertThat(InquiryStateMachine.manualTargetsFrom(PROPOSAL_SENT)).containsExactly(CLOSED_LOST);
  }

  @Test
  void onlyBookedAndClosedLostAreTerminal() {
    Set<InquiryStatus> terminal = EnumSet.noneOf(InquiryStatus.class);
    for (InquiryStatus status : InquiryStatus.values()) {
      if (InquiryStateMachine.isTerminal(status)) {
        terminal.add(status);
        assertThat(InquiryStateMachine.targetsFrom(status)).as(status.label()).isEmpty();
      }
    }
    assertThat(terminal).containsExactlyInAnyOrder(BOOKED, CLOSED_LOST);
  }

  @Test
  void onlyClosedLostNeedsAReason() {
    for (InquiryStatus status : InquiryStatus.values()) {
      assertThat(InquiryStateMachine.requiresReason(status))
          .as(status.label())
          .isEqualTo(status == CLOSED_LOST);
    }
  }

  @Test
  void firstContactIsTheFirstMoveOutOfNewExceptALossWithoutReply() {
    List<String> wrong = new ArrayList<>();
    for (InquiryStatus from : InquiryStatus.values()) {
      for (InquiryStatus to : InquiryStatus.values()) {
        boolean expected = from == NEW && (to == CONTACTED || to == PROPOSAL_SENT || to == BOOKED);
        if (InquiryStateMachine.isFirstContact(from, to) != expected) {
          wrong.add(from.label() + " -> " + to.label());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void anIllegalMoveNamesTheAllowedTargetsInItsMessage() {
    IllegalTransitionException refused =
        new IllegalTransitionException(
            PROPOSAL_SENT, CONTACTED, InquiryStateMachine.manualTargetsFrom(PROPOSAL_SENT), null);

    assertThat(refused.allowed()).containsExactly("Closed-Lost");
    assertThat(refused.field()).isEqualTo("status");
    assertThat(refused.getMessage())
        .contains("from Proposal Sent to Contacted")
        .contains("can move to Closed-Lost");
  }

  @Test
  void aMoveOutOfAFinalStatusSaysThereIsNone() {
    IllegalTransitionException refused =
        new IllegalTransitionException(
            BOOKED, CLOSED_LOST, InquiryStateMachine.manualTargetsFrom(BOOKED), null);

    assertThat(refused.allowed()).isEmpty();
    assertThat(refused.getMessage()).contains("Booked is final");
  }
}
