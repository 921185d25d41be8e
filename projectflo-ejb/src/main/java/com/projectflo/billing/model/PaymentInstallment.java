package com.projectflo.billing.model;

import com.projectflo.execution.model.Project;
import com.projectflo.ledger.model.Build;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Table {@code payment_installments}: one part of a booked build's price, due on a date, invoiced
 * at most once (docs/billing.md). A negative amount is a credit.
 */
@Entity
@Table(name = "payment_installments")
@NamedQuery(
    name = PaymentInstallment.FIND_BY_BUILD,
    query =
        "SELECT i FROM PaymentInstallment i LEFT JOIN FETCH i.invoice"
            + " WHERE i.build.id = :build ORDER BY i.sequence")
@NamedQuery(
    name = PaymentInstallment.FIND_DUE,
    query =
        "SELECT i.id, p.id, p.archivedAt FROM PaymentInstallment i JOIN i.project p"
            + " WHERE i.invoice IS NULL AND i.amount <> 0"
            + " AND i.dueDate <= :asOf AND i.id > :after ORDER BY i.id")
@NamedQuery(
    name = PaymentInstallment.FIND_BY_IDS,
    query = "SELECT i FROM PaymentInstallment i WHERE i.id IN :ids ORDER BY i.id")
public class PaymentInstallment {

  public static final String FIND_BY_BUILD = "PaymentInstallment.findByBuild";
  public static final String FIND_BY_IDS = "PaymentInstallment.findByIds";
  public static final String FIND_DUE = "PaymentInstallment.findDue";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "build_id", nullable = false)
  private Build build;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false)
  private Project project;

  @Column(name = "sequence", nullable = false)
  private Integer sequence;

  @Column(name = "label", nullable = false)
  private String label;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "amount", precision = 10, scale = 2, nullable = false)
  private BigDecimal amount;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  public Integer getId() {
    return id;
  }

  public Build getBuild() {
    return build;
  }

  public void setBuild(Build build) {
    this.build = build;
  }

  public Project getProject() {
    return project;
  }

  public void setProject(Project project) {
    this.project = project;
  }

  public Integer getSequence() {
    return sequence;
  }

  public void setSequence(Integer sequence) {
    this.sequence = sequence;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public void setInvoice(Invoice invoice) {
    this.invoice = invoice;
  }

  public boolean isInvoiced() {
    return invoice != null;
  }

  /** Whether the invoicing job issues it on {@code issueDate}: due, not invoiced, not 0.00. */
  public boolean isDueForInvoicing(LocalDate issueDate) {
    return invoice == null && amount.signum() != 0 && !dueDate.isAfter(issueDate);
  }

  public long getVersion() {
    return version;
  }
}
