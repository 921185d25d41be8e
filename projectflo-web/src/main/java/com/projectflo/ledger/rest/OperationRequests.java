package com.projectflo.ledger.rest;

import com.projectflo.ledger.application.LineOperation;
import java.util.ArrayList;
import java.util.List;

/** Turns the operations of a request into domain operations (an absent list is empty). */
final class OperationRequests {

  private OperationRequests() {}

  static List<LineOperation> of(List<OperationRequest> requests) {
    List<LineOperation> operations = new ArrayList<>();
    if (requests != null) {
      for (OperationRequest request : requests) {
        operations.add(
            request == null
                ? new LineOperation(
                    null, null, null, null, null, null, null, null, null, null, null, null)
                : request.toOperation());
      }
    }
    return operations;
  }
}
