package com.projectflo.ledger.application;

import com.projectflo.ledger.model.Build;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Prices a proposed change order by applying its operations to the build in a transaction of its
 * own that is always rolled back: the proposal is priced by exactly the code that will apply it.
 */
@Stateless
public class ChangeOrderSimulator {

  @Inject private BuildAccess buildAccess;

  @Inject private BuildEditor editor;

  @Resource private SessionContext context;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PriceBreakdown simulate(int buildId, List<LineOperation> operations) {
    context.setRollbackOnly();
    Build build = buildAccess.find(buildId);
    return editor.apply(build, operations);
  }
}
