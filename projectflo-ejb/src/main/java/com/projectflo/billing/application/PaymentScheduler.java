package com.projectflo.billing.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.billing.application.InvoiceService.InvoiceState;
import com.projectflo.billing.model.Invoice;
import com.projectflo.billing.model.PaymentInstallment;
import com.projectflo.billing.persistence.BillingRepository;
import com.projectflo.execution.application.CrewSettings;
import com.projectflo.execution.model.Project;
import com.projectflo.ledger.application.BuildBooked;
import com.projectflo.ledger.application.ChangeOrderApproved;
import com.projectflo.ledger.model.Build;
import com.projectflo.platform.application.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the payment schedule of a booked build (docs/billing.md): splits the price at booking and
 * moves change-order deltas onto the installments not yet invoiced (voiding unpaid invoices when
 * the price drops below what was invoiced). Runs inside the booking or approving transaction (a
 * failure rolls it back); the booking or approval audit row covers the schedule, each voided
 * invoice gets its own.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class PaymentScheduler {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @Inject private BillingRepository billing;

  @Inject private AuditTrail audit;

  @Inject private CrewSettings studio;

  @Inject
  @ConfigProperty(name = "projectflo.billing.schedule", defaultValue = PaymentSchedule.DEFAULT)
  private String scheduleSpec;

  private volatile PaymentSchedule schedule;

  PaymentSchedule schedule() {
    if (schedule == null) {
      schedule = PaymentSchedule.parse(scheduleSpec);
    }
    return schedule;
  }

  void onBooked(@Observes BuildBooked booked) {
    Build build = em.find(Build.class, booked.buildId());
    Project project = em.find(Project.class, booked.projectId());
    LocalDate bookingDate = project.getBookingDate() == null ? today() : project.getBookingDate();
    for (PaymentSchedule.Planned planned :
        schedule().split(booked.approvedPrice(), bookingDate, project.getWeddingDate())) {
      add(build, project, planned.sequence(), planned.label(), planned.dueDate(), planned.amount());
    }
  }

  void onChangeOrderApproved(@Observes ChangeOrderApproved approved) {
    List<PaymentInstallment> installments = billing.installmentsOf(approved.buildId());
    if (installments.isEmpty()) {
      return; // booked before billing existed: nothing to adjust
    }
    String order = "change order " + approved.versionNumber();
    BigDecimal newTotal = Money.of(approved.newTotalApprovedPrice());
    if (newTotal.compareTo(invoiced(installments)) < 0) {
      voidUnpaidInvoices(installments, order);
    }
    BigDecimal open = newTotal.subtract(invoiced(installments));
    List<PaymentInstallment> uninvoiced =
        installments.stream().filter(i -> !i.isInvoiced()).toList();
    PaymentInstallment last =
        installments.stream().max(Comparator.comparing(PaymentInstallment::getSequence)).get();
    int next = last.getSequence() + 1;
    if (open.signum() < 0) {
      uninvoiced.forEach(i -> i.setAmount(Money.ZERO));
      add(last.getBuild(), last.getProject(), next, "Credit (" + order + ")", today(), open);
    } else if (uninvoiced.isEmpty()) {
      if (open.signum() > 0) {
        LocalDate due = last.getDueDate().isBefore(today()) ? today() : last.getDueDate();
        add(last.getBuild(), last.getProject(), next, "Supplement (" + order + ")", due, open);
      }
    } else {
      List<BigDecimal> shares =
          PaymentSchedule.spread(
              open, uninvoiced.stream().map(PaymentInstallment::getAmount).toList());
      for (int i = 0; i < uninvoiced.size(); i++) {
        uninvoiced.get(i).setAmount(shares.get(i));
      }
    }
  }

  private static BigDecimal invoiced(List<PaymentInstallment> installments) {
    return installments.stream()
        .filter(PaymentInstallment::isInvoiced)
        .map(PaymentInstallment::getAmount)
        .reduce(Money.ZERO, BigDecimal::add);
  }

  /**
   * More is invoiced than the new price: the invoices nothing is paid on are voided, so that their
   * installments take the new amounts and are invoiced again; only money already paid beyond the
   * new price is left for a credit note.
   */
  private void voidUnpaidInvoices(List<PaymentInstallment> installments, String order) {
    Map<Integer, PaymentInstallment> byInvoice =
        installments.stream()
            .filter(PaymentInstallment::isInvoiced)
            .collect(Collectors.toMap(i -> i.getInvoice().getId(), Function.identity()));
    String reason = "Voided by " + order + ": the new price is below what was invoiced";
    for (Invoice invoice : billing.lockUnpaidInvoices(List.copyOf(byInvoice.keySet()))) {
      PaymentInstallment installment = byInvoice.get(invoice.getId());
      InvoiceState before = InvoiceState.of(invoice, installment);
      invoice.voidFor(reason, InvoiceService.now());
      installment.setInvoice(null);
      audit.record(
          "invoice.void",
          InvoiceService.ENTITY,
          invoice.getId(),
          before,
          InvoiceState.of(invoice, null));
    }
    billing.flush();
  }

  private void add(
      Build build, Project project, int sequence, String label, LocalDate due, BigDecimal amount) {
    PaymentInstallment installment = new PaymentInstallment();
    installment.setBuild(build);
    installment.setProject(project);
    installment.setSequence(sequence);
    installment.setLabel(label);
    installment.setDueDate(due);
    installment.setAmount(Money.of(amount));
    billing.persist(installment);
  }

  private LocalDate today() {
    return studio.today();
  }
}
