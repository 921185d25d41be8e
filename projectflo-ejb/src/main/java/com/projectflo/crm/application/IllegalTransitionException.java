package com.projectflo.crm.application;

import com.projectflo.crm.model.InquiryStatus;
import com.projectflo.platform.application.ConflictException;
import java.util.Collection;
import java.util.List;

/**
 * A status change the pipeline does not allow (HTTP 409). {@link #allowed} names the statuses the
 * inquiry may move to instead; the problem's {@code allowed} member lists them.
 */
public class IllegalTransitionException extends ConflictException {

  private static final long serialVersionUID = 1L;

  private final List<String> allowed;

  public IllegalTransitionException(
      InquiryStatus from, InquiryStatus to, Collection<InquiryStatus> allowed, String why) {
    super("status", message(from, to, allowed, why));
    this.allowed = allowed.stream().map(InquiryStatus::label).toList();
  }

  /** Labels of the statuses the inquiry may move to, in pipeline order (empty when terminal). */
  @Override
  public List<String> allowed() {
    return allowed;
  }

  private static String message(
      InquiryStatus from, InquiryStatus to, Collection<InquiryStatus> allowed, String why) {
    String targets =
        allowed.isEmpty()
            ? "it cannot move anymore (" + from.label() + " is final)"
            : "from "
                + from.label()
                + " it can move to "
                + String.join(", ", allowed.stream().map(InquiryStatus::label).toList());
    return "An inquiry cannot move from "
        + from.label()
        + " to "
        + to.label()
        + (why == null ? "" : " (" + why + ")")
        + "; "
        + targets;
  }
}
