package com.projectflo.ledger.application;

import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.ledger.model.BuildSnapshot;
import com.projectflo.ledger.persistence.ChangeOrderRepository;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The versions of a booked build: snapshots and what changed between two of them. */
@Stateless
public class SnapshotService {

  static final String RESOURCE = "Snapshot";

  @Inject private BuildAccess buildAccess;

  @Inject private ChangeOrderRepository changeOrders;

  @RequiresPermission(clientUsers = true)
  public List<SnapshotDocument> listSnapshots(int buildId) {
    buildAccess.requireOn(buildId, Permissions.BUILDS_READ);
    return changeOrders.findSnapshots(buildId).stream().map(SnapshotService::document).toList();
  }

  @RequiresPermission(clientUsers = true)
  public SnapshotDocument getSnapshot(int buildId, int versionNumber) {
    buildAccess.requireOn(buildId, Permissions.BUILDS_READ);
    return document(find(buildId, versionNumber));
  }

  /** What changed from version {@code from} to version {@code to}, line by line. */
  @RequiresPermission(clientUsers = true)
  public SnapshotDiff diff(int buildId, int from, int to) {
    buildAccess.requireOn(buildId, Permissions.BUILDS_READ);
    return SnapshotDiff.between(document(find(buildId, from)), document(find(buildId, to)));
  }

  private BuildSnapshot find(int buildId, int versionNumber) {
    return changeOrders
        .findSnapshot(buildId, versionNumber)
        .orElseThrow(() -> new NoSuchResourceException(RESOURCE, buildId + "/" + versionNumber));
  }

  private static SnapshotDocument document(BuildSnapshot snapshot) {
    return SnapshotDocument.fromJson(snapshot.getSnapshotData());
  }
}
