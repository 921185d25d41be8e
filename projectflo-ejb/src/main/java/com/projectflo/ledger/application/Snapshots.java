package com.projectflo.ledger.application;

import com.projectflo.ledger.model.Build;
import com.projectflo.ledger.model.BuildChangeOrder;
import com.projectflo.ledger.model.BuildSnapshot;
import com.projectflo.ledger.persistence.ChangeOrderRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Writes the snapshot of the version an approved change order creates. */
@Dependent
public class Snapshots {

  @Inject private ChangeOrderRepository changeOrders;

  /** Flushes (so new lines have ids) and stores the build's configuration as this version. */
  public BuildSnapshot record(Build build, BuildChangeOrder changeOrder) {
    changeOrders.flush();
    SnapshotDocument document =
        new SnapshotDocument(
            changeOrder.getVersionNumber(),
            changeOrder.getId(),
            build.getApprovedPrice(),
            build.getLivePrice(),
            PriceBreakdown.of(build));
    BuildSnapshot snapshot = new BuildSnapshot();
    snapshot.setBuild(build);
    snapshot.setChangeOrder(changeOrder);
    snapshot.setSnapshotData(document.toJson());
    changeOrders.persist(snapshot);
    changeOrders.flush();
    return snapshot;
  }
}
