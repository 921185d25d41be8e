package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.it.api.Operations.Operation;
import com.projectflo.it.api.Operations.Request;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every mutating operation, called once by an administrator, leaves exactly one audit row, with the
 * expected action; reads leave none.
 */
class AuditCompletenessIT {

  @Test
  void everyMutationLeavesExactlyOneMatchingAuditRowAndReadsLeaveNone() {
    Fixtures fx = Fixtures.get();
    Api.Client admin = Team.withRole("Admin").client();
    List<String> wrong = new ArrayList<>();
    for (Operation op : Operations.all(fx)) {
      Request request = op.request().get();
      long before = Database.maxAuditId();
      Api.Response response =
          admin.send(
              op.method(),
              request.path(),
              request.contentType(),
              request.body(),
              request.headers());
      List<String> written = Database.auditActionsAfter(before);
      List<String> expected = op.auditAction() == null ? List.of() : List.of(op.auditAction());
      if (response.status() >= 400 || !written.equals(expected)) {
        wrong.add(op.key() + ": expected " + expected + ", wrote " + written + " for " + response);
      }
    }
    assertThat(wrong).isEmpty();
  }
}
