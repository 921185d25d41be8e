package com.projectflo.execution.model;

import com.projectflo.crm.model.Document;
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

/** Table {@code project_expenses}: a cost incurred on a project. */
@Entity
@Table(name = "project_expenses")
@NamedQuery(
    name = "ProjectExpense.findByProject",
    query =
        "SELECT e FROM ProjectExpense e JOIN FETCH e.project LEFT JOIN FETCH e.receiptDocument"
            + " WHERE e.project.id = :project AND e.id > :afterId ORDER BY e.id")
@NamedQuery(
    name = "ProjectExpense.totalOfProject",
    query = "SELECT COALESCE(SUM(e.amount), 0) FROM ProjectExpense e WHERE e.project.id = :project")
public class ProjectExpense {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false)
  private Project project;

  @Column(name = "expense_date")
  private LocalDate expenseDate;

  @Column(name = "description")
  private String description;

  @Column(name = "category")
  private String category;

  @Column(name = "amount", precision = 10, scale = 2, nullable = false)
  private BigDecimal amount;

  @Column(name = "receipt_url", length = 1024)
  private String receiptUrl;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "receipt_document_id", nullable = true)
  private Document receiptDocument;

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

  public LocalDate getExpenseDate() {
    return expenseDate;
  }

  public void setExpenseDate(LocalDate expenseDate) {
    this.expenseDate = expenseDate;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReceiptUrl() {
    return receiptUrl;
  }

  public void setReceiptUrl(String receiptUrl) {
    this.receiptUrl = receiptUrl;
  }

  public Document getReceiptDocument() {
    return receiptDocument;
  }

  public void setReceiptDocument(Document receiptDocument) {
    this.receiptDocument = receiptDocument;
  }

  public long getVersion() {
    return version;
  }
}
