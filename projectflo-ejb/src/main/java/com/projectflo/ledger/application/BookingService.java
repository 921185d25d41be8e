package com.projectflo.ledger.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.automation.application.TaskSettings;
import com.projectflo.crm.application.InquiryStatusWriter;
import com.projectflo.crm.application.LeadConversion;
import com.projectflo.crm.model.Client;
import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.crm.model.InquiryStatus;
import com.projectflo.execution.application.CrewSettings;
import com.projectflo.execution.model.Project;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.ledger.model.Build;
import com.projectflo.ledger.model.BuildChangeOrder;
import com.projectflo.ledger.model.BuildStatus;
import com.projectflo.ledger.model.ChangeOrderStatus;
import com.projectflo.ledger.persistence.BuildRepository;
import com.projectflo.platform.application.ConflictException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Booking: locks the configuration and its price, turns the lead into a client with a project
 * (editing starts {@code projectflo.tasks.edit-start-days} after the wedding), and opens the ledger
 * with change order 1 and snapshot 1 — all in one transaction, audited as one build.book row (its
 * state names the client, the project and the inquiry's status).
 */
@Stateless
public class BookingService {

  static final String INITIAL_BOOKING = "Initial booking";

  @Inject private BuildAccess buildAccess;

  @Inject private BuildRepository builds;

  @Inject private LeadConversion conversions;

  @Inject private InquiryStatusWriter inquiryStatus;

  @Inject private Snapshots snapshots;

  @Inject private AuditTrail audit;

  @Inject private CrewSettings studio;

  @Inject private Event<BuildBooked> booked;

  @Inject private TaskSettings taskSettings;

  @RequiresPermission
  public BuildView bookBuild(int id, Long expectedVersion) {
    Build build = buildAccess.lockForChange(id);
    Caller caller = buildAccess.require(build, Permissions.BUILDS_APPROVE);
    if (build.isLocked()) {
      throw new ConflictException(
          "status",
          "Build "
              + id
              + " is "
              + build.getStatus().label()
              + ": it was booked at "
              + build.getConfigurationLockedAt()
              + " and cannot be booked again");
    }
    BuildAccess.requireVersion(build, expectedVersion);
    BuildService.requireStatus(build, BuildStatus.INQUIRY, BuildStatus.PROPOSAL_SENT);
    Inquiry inquiry = build.getInquiry();
    if (inquiry == null || inquiry.getWeddingDate() == null) {
      throw new ConflictException(
          "weddingDate", "The inquiry of build " + id + " has no wedding date; set it first");
    }
    if (build.getCoverageAssignments().isEmpty()
        && build.getDeliverables().isEmpty()
        && build.getBillableItems().isEmpty()) {
      throw new ConflictException("Build " + id + " has no lines: there is nothing to book");
    }
    BuildService.BuildState before = BuildService.BuildState.of(build);
    builds.bumpVersion(build);
    Client client = conversions.convert(inquiry).client();
    if (inquiry.getStatus() != InquiryStatus.BOOKED) {
      inquiryStatus.book(inquiry);
    }

    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    Project project = new Project();
    project.setClient(client);
    project.setProjectName(projectName(inquiry.getContact(), inquiry.getWeddingDate()));
    project.setWeddingDate(inquiry.getWeddingDate());
    project.setBookingDate(studio.today());
    project.setEditStartDate(taskSettings.defaultEditStart(inquiry.getWeddingDate()));
    builds.persist(project);

    build.setClient(client);
    build.setProject(project);
    build.setConfigurationLockedAt(now);
    build.setApprovedPrice(build.getLivePrice());
    build.setStatus(BuildStatus.BOOKED);

    BuildChangeOrder initial = new BuildChangeOrder();
    initial.setBuild(build);
    initial.setVersionNumber(1);
    initial.setDescription(INITIAL_BOOKING);
    initial.setStatus(ChangeOrderStatus.APPROVED);
    initial.setPriceDelta(build.getApprovedPrice());
    initial.setNewTotalApprovedPrice(build.getApprovedPrice());
    initial.setProposedBy(caller.subject());
    initial.setDecidedBy(caller.subject());
    initial.setDecidedAt(now);
    builds.persist(initial);
    snapshots.record(build, initial);
    audit.record("build.book", BuildService.ENTITY, id, before, BuildService.BuildState.of(build));
    booked.fire(new BuildBooked(id, project.getId(), initial.getId(), build.getApprovedPrice()));
    return BuildView.of(build);
  }

  private static String projectName(Contact contact, LocalDate weddingDate) {
    String names =
        Stream.of(contact.getFirstName(), contact.getLastName())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" "));
    return (names.isEmpty() ? "Wedding" : names + " wedding") + " " + weddingDate;
  }
}
