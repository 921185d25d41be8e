package com.projectflo.billing.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.billing.model.Invoice;
import com.projectflo.billing.model.InvoiceStatus;
import com.projectflo.billing.model.PaymentInstallment;
import com.projectflo.billing.persistence.BillingRepository;
import com.projectflo.billing.persistence.BillingRepository.InvoiceSearch;
import com.projectflo.execution.application.CrewSettings;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.persistence.AccessRepository;
import com.projectflo.ledger.application.BuildAccess;
import com.projectflo.ledger.model.Build;
import com.projectflo.ledger.persistence.BuildRepository;
import com.projectflo.platform.application.AccessDeniedException;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Payment schedules and invoices (docs/billing.md): issuing an installment's invoice once, with a
 * gapless per-year number; voiding; overdue marking; reads, lists, PDF. The invoicing job calls
 * {@link #dueInstallments}, {@link #issueDueInstallments} and {@link #markOverdue}.
 */
@Stateless
public class InvoiceService {

  static final String ENTITY = "invoice";
  static final String RESOURCE = "Invoice";
  static final String INSTALLMENT = "Installment";

  @Inject private BillingRepository billing;

  @Inject private BuildRepository builds;

  @Inject private BuildAccess buildAccess;

  @Inject private ProjectAccess projectAccess;

  @Inject private CurrentCaller currentCaller;

  @Inject private AccessRepository access;

  @Inject private AuditTrail audit;

  @Inject private CrewSettings studio;

  /** The payment schedule of a build: staff with invoices.read on it, or its portal user. */
  @RequiresPermission(clientUsers = true)
  public PaymentScheduleView getPaymentSchedule(int buildId) {
    Build build =
        builds.findById(buildId).orElseThrow(() -> new NoSuchResourceException("Build", buildId));
    buildAccess.require(build, Permissions.INVOICES_READ);
    return new PaymentScheduleView(build, billing.installmentsOf(buildId));
  }

  /**
   * Issues the invoice of an installment, dated today; idempotent: an installment already invoiced
   * answers its invoice ({@code created} false) and changes nothing.
   */
  @RequiresPermission
  public IssuedInvoice issueInstallmentInvoice(int installmentId) {
    PaymentInstallment installment = lockedInstallment(installmentId);
    projectAccess.require(installment.getProject().getId(), Permissions.INVOICES_WRITE);
    if (installment.isInvoiced()) {
      return new IssuedInvoice(view(installment.getInvoice()), false);
    }
    if (installment.getAmount().signum() == 0) {
      throw new ConflictException(
          INSTALLMENT + " " + installmentId + " is 0.00 after change orders: nothing to invoice");
    }
    return new IssuedInvoice(view(issue(installment, today())), true);
  }

  /**
   * For the invoicing job's writer: issues, on {@code issueDate}, the invoices of those
   * installments that are still due then (not invoiced meanwhile, not 0.00), numbered consecutively
   * in id order. The rest is left alone, so a re-run or a restart issues nothing twice.
   */
  @RequiresPermission(Permissions.INVOICES_WRITE)
  public InvoicingRun issueDueInstallments(
      @NotNull List<Integer> installmentIds, @NotNull LocalDate issueDate) {
    List<PaymentInstallment> due =
        billing.lockInstallments(installmentIds).stream()
            .filter(installment -> installment.isDueForInvoicing(issueDate))
            .toList();
    due.stream()
        .map(installment -> installment.getProject().getId())
        .distinct()
        .forEach(projectId -> projectAccess.require(projectId, Permissions.INVOICES_WRITE));
    List<Integer> issued = issueAll(due, issueDate).stream().map(Invoice::getId).toList();
    return new InvoicingRun(issued, installmentIds.size() - issued.size());
  }

  /**
   * For the invoicing job's reader: installments due by {@code asOf}, not invoiced, not 0.00, after
   * {@code afterId} in id order.
   */
  @RequiresPermission(Permissions.INVOICES_WRITE)
  public List<DueInstallment> dueInstallments(@NotNull LocalDate asOf, int afterId, int limit) {
    return billing.dueInstallments(asOf, afterId, limit);
  }

  /** Issued or partly paid invoices due before {@code asOf} become Overdue; returns how many. */
  @RequiresPermission(Permissions.INVOICES_WRITE)
  public int markOverdue(@NotNull LocalDate asOf) {
    List<Invoice> overdue = billing.overdueCandidates(asOf);
    for (Invoice invoice : overdue) {
      InvoiceState before = InvoiceState.of(invoice, null);
      invoice.setStatus(InvoiceStatus.OVERDUE);
      audit.record(
          "invoice.mark_overdue", ENTITY, invoice.getId(), before, InvoiceState.of(invoice, null));
    }
    billing.flush();
    return overdue.size();
  }

  /** Voids an invoice nothing is paid on; its installment can then be invoiced again. */
  @RequiresPermission
  public InvoiceView voidInvoice(
      int id, @NotBlank @Size(max = 2000) String reason, Long expectedVersion) {
    Invoice invoice = billing.lockInvoice(id).orElseThrow(() -> notFound(id));
    projectAccess.require(invoice.getProject().getId(), Permissions.INVOICES_WRITE);
    if (expectedVersion != null && expectedVersion != invoice.getVersion()) {
      throw new StaleVersionException(RESOURCE, id, expectedVersion, invoice.getVersion());
    }
    if (invoice.getStatus() == InvoiceStatus.VOID) {
      throw new ConflictException("status", RESOURCE + " " + id + " is already void");
    }
    if (invoice.getAmountPaid().signum() != 0) {
      throw new ConflictException(
          "status",
          RESOURCE
              + " "
              + invoice.getInvoiceNumber()
              + " has "
              + invoice.getAmountPaid()
              + " paid: refund it before voiding");
    }
    Optional<PaymentInstallment> installment = billing.installmentOfInvoice(id);
    InvoiceState before = InvoiceState.of(invoice, installment.orElse(null));
    invoice.voidFor(reason.strip(), now());
    installment.ifPresent(i -> i.setInvoice(null));
    billing.flush();
    audit.record("invoice.void", ENTITY, id, before, InvoiceState.of(invoice, null));
    return new InvoiceView(invoice, null, billing.paymentsOf(id));
  }

  @RequiresPermission(clientUsers = true)
  public InvoiceView getInvoice(int id) {
    Invoice invoice = billing.findInvoice(id).orElseThrow(() -> notFound(id));
    projectAccess.require(invoice.getProject().getId(), Permissions.INVOICES_READ);
    return view(invoice);
  }

  /** The invoice as a PDF document. */
  @RequiresPermission(clientUsers = true)
  public InvoicePdfFile renderInvoicePdf(int id) {
    Invoice invoice = billing.findInvoice(id).orElseThrow(() -> notFound(id));
    projectAccess.require(invoice.getProject().getId(), Permissions.INVOICES_READ);
    String name =
        (invoice.getInvoiceNumber() == null ? "invoice-" + id : invoice.getInvoiceNumber())
            + ".pdf";
    return new InvoicePdfFile(name, InvoicePdf.render(invoice, billing.paymentsOf(id)));
  }

  /**
   * One page of invoices, newest first: every invoice for system roles acting on every project,
   * those of projects granting invoices.read for other staff, its own client's for a portal user.
   */
  @RequiresPermission(clientUsers = true)
  public Page<Invoice> listInvoices(@NotNull @Valid InvoiceListQuery query) {
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
          access.projectsGranting(caller.id(), Permissions.INVOICES_READ).stream()
              .filter(p -> query.projectId() == null || p.equals(query.projectId()))
              .toList();
      if (readable.isEmpty()) {
        return new Page<>(List.of(), null);
      }
      projectIds = readable;
    } else if (!caller.holds(Permissions.INVOICES_READ)) {
      throw new AccessDeniedException(Permissions.INVOICES_READ);
    }
    Integer afterId =
        query.cursor() == null ? null : KeysetCursor.decode(query.cursor(), 1).integer(0);
    List<Invoice> rows =
        billing.findPage(
            new InvoiceSearch(
                query.status(),
                projectIds,
                clientId,
                query.issuedFrom(),
                query.issuedTo(),
                afterId),
            query.limit() + 1);
    boolean more = rows.size() > query.limit();
    List<Invoice> page = more ? rows.subList(0, query.limit()) : rows;
    return new Page<>(page, more ? KeysetCursor.encode(page.get(page.size() - 1).getId()) : null);
  }

  private Invoice issue(PaymentInstallment installment, LocalDate issueDate) {
    return issueAll(List.of(installment), issueDate).get(0);
  }

  /** One invoice per installment, numbered consecutively in the given order. */
  private List<Invoice> issueAll(List<PaymentInstallment> installments, LocalDate issueDate) {
    if (installments.isEmpty()) {
      return List.of();
    }
    int year = issueDate.getYear();
    int number = billing.reserveInvoiceNumbers(year, installments.size());
    List<Invoice> invoices = new ArrayList<>(installments.size());
    for (PaymentInstallment installment : installments) {
      Invoice invoice = new Invoice();
      invoice.setProject(installment.getProject());
      invoice.setInvoiceNumber(InvoiceNumbers.format(year, number++));
      invoice.setIssueDate(issueDate);
      invoice.setDueDate(
          installment.getDueDate().isBefore(issueDate) ? issueDate : installment.getDueDate());
      invoice.setTotalAmount(installment.getAmount());
      invoice.setAmountPaid(BigDecimal.ZERO.setScale(2));
      invoice.setStatus(InvoiceStatus.ISSUED);
      billing.persist(invoice);
      invoices.add(invoice);
    }
    billing.flush();
    for (int i = 0; i < installments.size(); i++) {
      installments.get(i).setInvoice(invoices.get(i));
    }
    billing.flush();
    for (int i = 0; i < installments.size(); i++) {
      Invoice invoice = invoices.get(i);
      audit.record(
          "invoice.issue",
          ENTITY,
          invoice.getId(),
          null,
          InvoiceState.of(invoice, installments.get(i)));
    }
    return invoices;
  }

  private PaymentInstallment lockedInstallment(int installmentId) {
    return billing
        .lockInstallment(installmentId)
        .orElseThrow(() -> new NoSuchResourceException(INSTALLMENT, installmentId));
  }

  private InvoiceView view(Invoice invoice) {
    Integer installmentId =
        billing.installmentOfInvoice(invoice.getId()).map(PaymentInstallment::getId).orElse(null);
    return new InvoiceView(invoice, installmentId, billing.paymentsOf(invoice.getId()));
  }

  private static NoSuchResourceException notFound(int id) {
    return new NoSuchResourceException(RESOURCE, id);
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  private LocalDate today() {
    return studio.today();
  }

  /** The audited state of an invoice. */
  record InvoiceState(
      String number,
      String status,
      LocalDate issueDate,
      LocalDate dueDate,
      BigDecimal totalAmount,
      BigDecimal amountPaid,
      Integer projectId,
      Integer installmentId,
      String voidReason) {

    static InvoiceState of(Invoice invoice, PaymentInstallment installment) {
      return new InvoiceState(
          invoice.getInvoiceNumber(),
          invoice.getStatus() == null ? null : invoice.getStatus().label(),
          invoice.getIssueDate(),
          invoice.getDueDate(),
          invoice.getTotalAmount(),
          invoice.getAmountPaid(),
          invoice.getProject().getId(),
          installment == null ? null : installment.getId(),
          invoice.getVoidReason());
    }
  }
}
