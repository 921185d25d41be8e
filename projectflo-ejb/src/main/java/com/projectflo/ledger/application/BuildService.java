package com.projectflo.ledger.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.crm.application.InquiryStatusWriter;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.crm.model.InquiryStatus;
import com.projectflo.crm.persistence.ClientRepository;
import com.projectflo.crm.persistence.InquiryRepository;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.persistence.AccessRepository;
import com.projectflo.ledger.model.Build;
import com.projectflo.ledger.model.BuildStatus;
import com.projectflo.ledger.persistence.BuildRepository;
import com.projectflo.ledger.persistence.BuildRepository.BuildSearch;
import com.projectflo.ledger.persistence.ChangeOrderRepository;
import com.projectflo.platform.application.AccessDeniedException;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Quotes: a build per inquiry, priced line by line (docs/pricing.md). Before booking its lines are
 * edited directly; after booking ({@link BookingService}) only through change orders.
 */
@Stateless
public class BuildService {

  static final String ENTITY = "build";

  @Inject private BuildRepository builds;

  @Inject private ChangeOrderRepository changeOrders;

  @Inject private InquiryRepository inquiries;

  @Inject private ClientRepository clients;

  @Inject private InquiryStatusWriter inquiryStatus;

  @Inject private AccessRepository access;

  @Inject private BuildEditor editor;

  @Inject private BuildAccess buildAccess;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  /** A new quote for an inquiry (one per inquiry), with optional first lines. */
  @RequiresPermission(Permissions.BUILDS_WRITE)
  public BuildView createBuild(@NotNull Integer inquiryId, @NotNull List<LineOperation> lines) {
    Caller caller = currentCaller.get();
    if (!caller.seesAllProjects()) {
      throw new AccessDeniedException(Permissions.PROJECTS_ALL);
    }
    Inquiry inquiry =
        inquiries
            .findById(inquiryId)
            .orElseThrow(() -> new InvalidInputException("inquiryId", "does not exist"));
    if (inquiry.getStatus() == InquiryStatus.CLOSED_LOST || inquiry.getArchivedAt() != null) {
      throw new ConflictException(
          "inquiryId", "Inquiry " + inquiryId + " is closed or archived: it cannot be quoted");
    }
    builds
        .findByInquiry(inquiryId)
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "inquiryId", "Inquiry " + inquiryId + " already has build " + existing.getId());
            });
    Build build = new Build();
    build.setInquiry(inquiry);
    build.setStatus(BuildStatus.INQUIRY);
    clients.findByContact(inquiry.getContact().getId()).ifPresent(build::setClient);
    builds.persist(build);
    editor.apply(build, lines);
    builds.flush();
    audit.record("build.create", ENTITY, build.getId(), null, BuildState.of(build));
    return BuildView.of(build);
  }

  @RequiresPermission(clientUsers = true)
  public BuildView getBuild(int id) {
    Build build = find(id);
    buildAccess.require(build, Permissions.BUILDS_READ);
    return BuildView.of(build);
  }

  /** The proposal of a build as its couple sees it. Portal users see it once it has been sent. */
  @RequiresPermission(clientUsers = true)
  public BuildView getProposal(int id) {
    Build build = find(id);
    Caller caller = buildAccess.require(build, Permissions.BUILDS_READ);
    if (caller.isClientUser() && build.getStatus() == BuildStatus.INQUIRY) {
      throw new NoSuchResourceException(BuildAccess.RESOURCE, id);
    }
    return BuildView.of(build);
  }

  /** Edits a draft build: all operations or none; a booked build answers 409. */
  @RequiresPermission
  public BuildView editBuild(
      int id, @NotNull List<LineOperation> operations, Long expectedVersion) {
    Build build = buildAccess.loadForChange(id, expectedVersion, Permissions.BUILDS_WRITE);
    if (build.isLocked()) {
      throw new ConflictException(
          "Build " + id + ": configuration is locked since booking; propose a change order");
    }
    requireStatus(build, BuildStatus.INQUIRY, BuildStatus.PROPOSAL_SENT);
    if (operations.isEmpty()) {
      throw new InvalidInputException("operations", "must contain at least one operation");
    }
    BuildState before = BuildState.of(build);
    editor.apply(build, operations);
    builds.flush();
    audit.record("build.edit", ENTITY, id, before, BuildState.of(build, operations));
    return BuildView.of(build);
  }

  /**
   * Marks the proposal sent (once: a second time is a 409); the inquiry moves to Proposal Sent
   * unless it is already past it.
   */
  @RequiresPermission
  public BuildView sendProposal(int id, Long expectedVersion) {
    Build build = current(id, expectedVersion, Permissions.BUILDS_WRITE);
    requireStatus(build, BuildStatus.INQUIRY);
    BuildState before = BuildState.of(build);
    build.setStatus(BuildStatus.PROPOSAL_SENT);
    Inquiry inquiry = build.getInquiry();
    if (inquiry != null
        && (inquiry.getStatus() == InquiryStatus.NEW
            || inquiry.getStatus() == InquiryStatus.CONTACTED)) {
      inquiryStatus.moveManually(inquiry, InquiryStatus.PROPOSAL_SENT, null);
    }
    builds.flush();
    audit.record("build.send_proposal", ENTITY, id, before, BuildState.of(build));
    return BuildView.of(build);
  }

  /**
   * Delivered: Booked → Completed, once no change order awaits a decision (the build row lock taken
   * here serializes this with proposals).
   */
  @RequiresPermission
  public BuildView completeBuild(int id, Long expectedVersion) {
    Build build = current(id, expectedVersion, Permissions.BUILDS_APPROVE);
    requireStatus(build, BuildStatus.BOOKED);
    changeOrders
        .findPending(id)
        .ifPresent(
            pending -> {
              throw new ConflictException(
                  "status",
                  "Build "
                      + id
                      + ": change order "
                      + pending.getVersionNumber()
                      + " is pending approval; approve or reject it before completing");
            });
    BuildState before = BuildState.of(build);
    build.setStatus(BuildStatus.COMPLETED);
    builds.flush();
    audit.record("build.complete", ENTITY, id, before, BuildState.of(build));
    return BuildView.of(build);
  }

  /** Archives a completed build, or a quote that was never booked. */
  @RequiresPermission
  public BuildView archiveBuild(int id, Long expectedVersion) {
    Build build = current(id, expectedVersion, Permissions.BUILDS_APPROVE);
    requireStatus(build, BuildStatus.COMPLETED, BuildStatus.INQUIRY, BuildStatus.PROPOSAL_SENT);
    BuildState before = BuildState.of(build);
    build.setStatus(BuildStatus.ARCHIVED);
    build.setArchivedAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    builds.flush();
    audit.record("build.archive", ENTITY, id, before, BuildState.of(build));
    return BuildView.of(build);
  }

  /**
   * One page of builds, newest first: all of them for system roles acting on every project, the
   * builds of its assigned projects for other contributors, its own client's for a portal user.
   */
  @RequiresPermission(clientUsers = true)
  public Page<Build> listBuilds(@NotNull @Valid BuildListQuery query) {
    Caller caller = currentCaller.get();
    Integer clientId = query.clientId();
    Collection<Integer> projectIds = query.projectId() == null ? null : List.of(query.projectId());
    if (caller.isClientUser()) {
      if (clientId != null && !clientId.equals(caller.clientId())) {
        return new Page<>(List.of(), null);
      }
      clientId = caller.clientId();
    } else if (!caller.seesAllProjects()) {
      List<Integer> readable =
          access.projectsGranting(caller.id(), Permissions.BUILDS_READ).stream()
              .filter(p -> query.projectId() == null || p.equals(query.projectId()))
              .toList();
      if (readable.isEmpty()) {
        return new Page<>(List.of(), null);
      }
      projectIds = readable;
    } else if (!caller.holds(Permissions.BUILDS_READ)) {
      throw new AccessDeniedException(Permissions.BUILDS_READ);
    }
    Integer afterId =
        query.cursor() == null ? null : KeysetCursor.decode(query.cursor(), 1).integer(0);
    List<Build> rows =
        builds.findPage(
            new BuildSearch(query.status(), query.inquiryId(), clientId, projectIds, afterId),
            query.limit() + 1);
    boolean more = rows.size() > query.limit();
    List<Build> page = more ? rows.subList(0, query.limit()) : rows;
    return new Page<>(page, more ? KeysetCursor.encode(page.get(page.size() - 1).getId()) : null);
  }

  private Build find(int id) {
    return buildAccess.find(id);
  }

  private Build current(int id, Long expectedVersion, String permission) {
    return buildAccess.loadForChange(id, expectedVersion, permission);
  }

  static void requireStatus(Build build, BuildStatus... allowed) {
    for (BuildStatus status : allowed) {
      if (build.getStatus() == status) {
        return;
      }
    }
    throw new ConflictException(
        "status",
        "Build "
            + build.getId()
            + " is "
            + build.getStatus().label()
            + "; this needs "
            + String.join(" or ", List.of(allowed).stream().map(BuildStatus::label).toList()));
  }

  /** The audited state of a build. */
  record BuildState(
      BuildStatus status,
      BigDecimal livePrice,
      BigDecimal approvedPrice,
      OffsetDateTime configurationLockedAt,
      Integer projectId,
      Integer clientId,
      InquiryStatus inquiryStatus,
      List<String> operations) {

    static BuildState of(Build build) {
      return of(build, List.of());
    }

    static BuildState of(Build build, List<LineOperation> operations) {
      return new BuildState(
          build.getStatus(),
          build.getLivePrice(),
          build.getApprovedPrice(),
          build.getConfigurationLockedAt(),
          build.getProject() == null ? null : build.getProject().getId(),
          build.getClient() == null ? null : build.getClient().getId(),
          build.getInquiry() == null ? null : build.getInquiry().getStatus(),
          operations.stream().map(Objects::toString).toList());
    }
  }
}
