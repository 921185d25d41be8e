package com.projectflo.ledger.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.ledger.model.Build;
import com.projectflo.ledger.model.BuildChangeOrder;
import com.projectflo.ledger.model.BuildStatus;
import com.projectflo.ledger.model.ChangeOrderStatus;
import com.projectflo.ledger.model.DiscountType;
import com.projectflo.ledger.persistence.BuildRepository;
import com.projectflo.ledger.persistence.ChangeOrderRepository;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Change orders of a booked build (docs/pricing.md): proposed with priced operations and an
 * optional discount, then approved (applied, new approved price, next snapshot) or rejected
 * (nothing changes). One change order awaits approval at a time.
 */
@Stateless
public class ChangeOrderService {

  static final String RESOURCE = "Change order";
  static final String ENTITY = "change_order";

  @Inject private BuildAccess buildAccess;

  @Inject private BuildRepository builds;

  @Inject private ChangeOrderRepository changeOrders;

  @Inject private BuildEditor editor;

  @Inject private Snapshots snapshots;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  @Inject private Event<ChangeOrderApproved> approved;

  /**
   * Proposes a change order under the build's row lock, so that of simultaneous proposals one
   * becomes pending and the others find it (409). The proposed configuration is priced in memory by
   * the code that will apply it ({@link BuildEditor#simulate}); nothing of the build is written.
   */
  @RequiresPermission
  public ChangeOrderView proposeChangeOrder(
      int buildId, @NotNull @Valid ChangeOrderProposal proposal) {
    Build build = buildAccess.lockForChange(buildId);
    buildAccess.require(build, Permissions.BUILDS_WRITE);
    if (!build.isLocked() || build.getStatus() != BuildStatus.BOOKED) {
      throw new ConflictException(
          "status",
          "Build "
              + buildId
              + " is "
              + build.getStatus().label()
              + ": change orders are for booked builds; edit a draft directly");
    }
    changeOrders
        .findPending(buildId)
        .ifPresent(
            pending -> {
              throw new ConflictException(
                  "Change order "
                      + pending.getId()
                      + " of build "
                      + buildId
                      + " awaits approval; approve or reject it first");
            });
    PriceBreakdown proposed = editor.simulate(build, proposal.operations());
    BigDecimal delta = proposed.totals().total().subtract(build.getLivePrice());
    BigDecimal discount =
        Discounts.amount(
            proposal.discountType(), proposal.discountValue(), proposal.discountReason(), delta);
    BigDecimal newTotal = build.getApprovedPrice().add(delta).subtract(discount);
    if (newTotal.signum() < 0) {
      throw new InvalidInputException(
          "discountValue", "would bring the approved price below zero (" + newTotal + ")");
    }
    Caller caller = currentCaller.get();
    BuildChangeOrder order = new BuildChangeOrder();
    order.setBuild(build);
    order.setVersionNumber(changeOrders.nextVersion(buildId));
    order.setDescription(proposal.description().strip());
    order.setStatus(ChangeOrderStatus.PENDING_APPROVAL);
    order.setPriceDelta(delta);
    order.setNewTotalApprovedPrice(newTotal);
    if (proposal.discountType() != null) {
      order.setDiscountType(proposal.discountType());
      order.setDiscountAmount(discount);
      order.setDiscountReason(proposal.discountReason().strip());
      if (proposal.discountType() == DiscountType.PERCENTAGE) {
        order.setDiscountPercentage(proposal.discountValue());
      }
    }
    JsonArrayBuilder operations = Json.createArrayBuilder();
    proposal.operations().forEach(op -> operations.add(op.toJson()));
    order.setOperations(operations.build());
    order.setProposedBy(caller.subject());
    changeOrders.persist(order);
    changeOrders.flush();
    audit.record("change_order.propose", ENTITY, order.getId(), null, ChangeOrderState.of(order));
    return new ChangeOrderView(order, proposal.operations(), proposed);
  }

  /** Applies a pending change order: by staff with builds.approve, or the build's portal user. */
  @RequiresPermission(clientUsers = true)
  public ChangeOrderView approveChangeOrder(int id, Long expectedVersion) {
    Build build = buildAccess.lockForChange(buildIdOf(id));
    BuildChangeOrder order = pending(id, expectedVersion);
    Caller caller = decider(build);
    if (build.getStatus() != BuildStatus.BOOKED) {
      throw new ConflictException(
          "status",
          "Build "
              + build.getId()
              + " is "
              + build.getStatus().label()
              + ": change orders apply to booked builds only; reject change order "
              + id);
    }
    builds.bumpVersion(build);
    ChangeOrderState before = ChangeOrderState.of(order);
    ChangeOrderView view = ChangeOrderView.of(order);
    BigDecimal expectedLive = build.getLivePrice().add(order.getPriceDelta());
    editor.apply(build, view.operations());
    if (build.getLivePrice().compareTo(expectedLive) != 0) {
      throw new ConflictException(
          "Catalog prices changed since change order "
              + id
              + " was proposed (it now prices at "
              + build.getLivePrice()
              + ", not "
              + expectedLive
              + "); reject it and propose it again");
    }
    build.setApprovedPrice(order.getNewTotalApprovedPrice());
    decide(order, ChangeOrderStatus.APPROVED, caller, null);
    snapshots.record(build, order);
    audit.record("change_order.approve", ENTITY, id, before, ChangeOrderState.of(order));
    approved.fire(
        new ChangeOrderApproved(
            build.getId(),
            build.getProject().getId(),
            id,
            order.getVersionNumber(),
            order.getPriceDelta(),
            order.getDiscountAmount(),
            order.getNewTotalApprovedPrice()));
    return view;
  }

  /** Rejects a pending change order: the build does not change. */
  @RequiresPermission(clientUsers = true)
  public ChangeOrderView rejectChangeOrder(
      int id, @Size(max = 2000) String note, Long expectedVersion) {
    builds.lockRow(buildIdOf(id));
    BuildChangeOrder order = pending(id, expectedVersion);
    Build build = order.getBuild();
    Caller caller = decider(build);
    ChangeOrderState before = ChangeOrderState.of(order);
    decide(order, ChangeOrderStatus.REJECTED, caller, note);
    changeOrders.flush();
    audit.record("change_order.reject", ENTITY, id, before, ChangeOrderState.of(order));
    return ChangeOrderView.of(order);
  }

  @RequiresPermission(clientUsers = true)
  public ChangeOrderView getChangeOrder(int id) {
    BuildChangeOrder order = find(id);
    buildAccess.requireOn(order.getBuild().getId(), Permissions.BUILDS_READ);
    return ChangeOrderView.of(order);
  }

  @RequiresPermission(clientUsers = true)
  public List<ChangeOrderView> listChangeOrders(int buildId) {
    buildAccess.requireOn(buildId, Permissions.BUILDS_READ);
    return changeOrders.findByBuild(buildId).stream().map(ChangeOrderView::of).toList();
  }

  /** The order's build, looked up without reading the order before the build is locked. */
  private int buildIdOf(int id) {
    return changeOrders
        .findBuildId(id)
        .orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  private BuildChangeOrder find(int id) {
    return changeOrders.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  private BuildChangeOrder pending(int id, Long expectedVersion) {
    BuildChangeOrder order = find(id);
    if (expectedVersion != null && expectedVersion != order.getVersion()) {
      throw new StaleVersionException(RESOURCE, id, expectedVersion, order.getVersion());
    }
    if (order.getStatus() != ChangeOrderStatus.PENDING_APPROVAL) {
      throw new ConflictException(
          "status", RESOURCE + " " + id + " is " + order.getStatus().label() + ", not pending");
    }
    return order;
  }

  /** The caller, once it may decide on the build's change orders and the order is pending. */
  private Caller decider(Build build) {
    Caller caller = currentCaller.get();
    if (!buildAccess.ownedBy(build, caller)) {
      buildAccess.require(build, Permissions.BUILDS_APPROVE);
    }
    return caller;
  }

  private static void decide(
      BuildChangeOrder order, ChangeOrderStatus status, Caller caller, String note) {
    order.setStatus(status);
    order.setDecidedBy(caller.subject());
    order.setDecidedAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    order.setDecisionNote(note == null || note.isBlank() ? null : note.strip());
  }

  /** The audited state of a change order. */
  record ChangeOrderState(
      int buildId,
      int versionNumber,
      ChangeOrderStatus status,
      BigDecimal priceDelta,
      BigDecimal discountAmount,
      BigDecimal newTotalApprovedPrice,
      String decisionNote) {

    static ChangeOrderState of(BuildChangeOrder order) {
      return new ChangeOrderState(
          order.getBuild().getId(),
          order.getVersionNumber(),
          order.getStatus(),
          order.getPriceDelta(),
          order.getDiscountAmount(),
          order.getNewTotalApprovedPrice(),
          order.getDecisionNote());
    }
  }
}
