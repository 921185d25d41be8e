package com.projectflo.it.api;

import java.util.List;

/**
 * The catalogue entries (see {@link Operations}) of inquiries, clients and portal-user invitations.
 */
final class InquiryOperations {

  static void addTo(List<Operations.Operation> ops, Fixtures fx) {}

  private InquiryOperations() {}
}
