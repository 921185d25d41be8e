package com.projectflo.it.api;

import java.util.List;

/** The catalogue entries (see {@link Operations}) of documents, surveys and sales reports. */
final class DocumentOperations {

  static void addTo(List<Operations.Operation> ops, Fixtures fx) {}

  private DocumentOperations() {}
}
