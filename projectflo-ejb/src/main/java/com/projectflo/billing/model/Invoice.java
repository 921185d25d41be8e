package com.projectflo.billing.model;

import com.projectflo.execution.model.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.OffsetDateTime;

/** Table {@code invoices}: a bill issued to the client of a project. */
@Entity
@Table(name = "invoices")
@NamedQuery(
    name = Invoice.FIND_WITH_PROJECT,
    query = "SELECT i FROM Invoice i JOIN FETCH i.project p JOIN FETCH p.client WHERE i.id = :id")
public class Invoice {

  public static final String FIND_WITH_PROJECT = "Invoice.findWithProject";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false)
  private Project project;

  @Column(name = "invoice_number")
  private String invoiceNumber;

  @Column(name = "issue_date")
  private LocalDate issueDate;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "total_amount", precision = 10, scale = 2, nullable = false)
  private BigDecimal totalAmount;

  @Column(name = "amount_paid", precision = 10, scale = 2)
  private BigDecimal amountPaid = BigDecimal.ZERO.setScale(2);

  /** A VARCHAR constrained by ck_invoices_status (V13). */
  @Convert(converter = InvoiceStatus.DbConverter.class)
  @Column(name = "status")
  private InvoiceStatus status;

  @Column(name = "void_reason")
  private String voidReason;

  @Column(name = "voided_at")
  private OffsetDateTime voidedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  public Integer getId() {
    return id;
  }

  public Project getProject() {
    return project;
  }

  public void setProject(Project project) {
    this.project = project;
  }

  public String getInvoiceNumber() {
    return invoiceNumber;
  }

  public void setInvoiceNumber(String invoiceNumber) {
    this.invoiceNumber = invoiceNumber;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public void setIssueDate(LocalDate issueDate) {
    this.issueDate = issueDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public BigDecimal getTotalAmount() {
    return totalAmount;
  }

  public void setTotalAmount(BigDecimal totalAmount) {
    this.totalAmount = totalAmount;
  }

  public BigDecimal getAmountPaid() {
    return amountPaid;
  }

  public void setAmountPaid(BigDecimal amountPaid) {
    this.amountPaid = amountPaid;
  }

  public InvoiceStatus getStatus() {
    return status;
  }

  public void setStatus(InvoiceStatus status) {
    this.status = status;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public void setVoidReason(String voidReason) {
    this.voidReason = voidReason;
  }

  public OffsetDateTime getVoidedAt() {
    return voidedAt;
  }

  public void setVoidedAt(OffsetDateTime voidedAt) {
    this.voidedAt = voidedAt;
  }

  /** A credit note: an invoice with a negative total, settled by refunds. */
  public boolean isCreditNote() {
    return totalAmount.signum() < 0;
  }

  /** Nothing left to settle: paid in full, or a credit note refunded in full. */
  public boolean isSettled() {
    int paidAgainstTotal = paid().compareTo(totalAmount);
    return isCreditNote() ? paidAgainstTotal <= 0 : paidAgainstTotal >= 0;
  }

  /** Voids the invoice (its number stays taken); the caller unlinks its installment. */
  public void voidFor(String reason, OffsetDateTime at) {
    this.status = InvoiceStatus.VOID;
    this.voidReason = reason;
    this.voidedAt = at;
  }

  /** What is still to be paid (negative for a credit note). */
  public BigDecimal outstanding() {
    return totalAmount.subtract(paid());
  }

  private BigDecimal paid() {
    return amountPaid == null ? BigDecimal.ZERO : amountPaid;
  }

  public long getVersion() {
    return version;
  }
}
