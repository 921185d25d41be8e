package com.projectflo.ledger.model;

import com.projectflo.platform.persistence.JsonbConverter;
import jakarta.json.JsonValue;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Table {@code build_change_orders}: a change to the approved price of a build, with its discount
 * and approval status.
 */
@Entity
@Table(name = "build_change_orders")
@NamedQuery(
    name = BuildChangeOrder.FIND_BY_BUILD,
    query = "SELECT c FROM BuildChangeOrder c WHERE c.build.id = :build ORDER BY c.versionNumber")
@NamedQuery(
    name = BuildChangeOrder.FIND_PENDING,
    query = "SELECT c FROM BuildChangeOrder c WHERE c.build.id = :build AND c.status = :status")
@NamedQuery(
    name = BuildChangeOrder.LAST_VERSION,
    query = "SELECT MAX(c.versionNumber) FROM BuildChangeOrder c WHERE c.build.id = :build")
public class BuildChangeOrder {

  public static final String FIND_BY_BUILD = "BuildChangeOrder.findByBuild";
  public static final String FIND_PENDING = "BuildChangeOrder.findPending";
  public static final String LAST_VERSION = "BuildChangeOrder.lastVersion";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "build_id", nullable = false)
  private Build build;

  /**
   * The business sequence number of the change order on its build (not the optimistic-locking
   * {@code version}).
   */
  @Column(name = "version_number", nullable = false)
  private Integer versionNumber;

  @Column(name = "price_delta", precision = 10, scale = 2, nullable = false)
  private BigDecimal priceDelta;

  @Column(name = "new_total_approved_price", precision = 10, scale = 2, nullable = false)
  private BigDecimal newTotalApprovedPrice;

  @Column(name = "description", nullable = false)
  private String description;

  @Convert(converter = ChangeOrderStatus.DbConverter.class)
  @Column(name = "status", nullable = false)
  private ChangeOrderStatus status;

  @Convert(converter = DiscountType.DbConverter.class)
  @Column(name = "discount_type")
  private DiscountType discountType;

  @Column(name = "discount_percentage", precision = 5, scale = 2)
  private BigDecimal discountPercentage;

  @Column(name = "discount_amount", precision = 10, scale = 2)
  private BigDecimal discountAmount;

  @Column(name = "discount_reason")
  private String discountReason;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "operations")
  private JsonValue operations;

  @Column(name = "proposed_by", length = 64)
  private String proposedBy;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

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

  public Integer getVersionNumber() {
    return versionNumber;
  }

  public void setVersionNumber(Integer versionNumber) {
    this.versionNumber = versionNumber;
  }

  public BigDecimal getPriceDelta() {
    return priceDelta;
  }

  public void setPriceDelta(BigDecimal priceDelta) {
    this.priceDelta = priceDelta;
  }

  public BigDecimal getNewTotalApprovedPrice() {
    return newTotalApprovedPrice;
  }

  public void setNewTotalApprovedPrice(BigDecimal newTotalApprovedPrice) {
    this.newTotalApprovedPrice = newTotalApprovedPrice;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public ChangeOrderStatus getStatus() {
    return status;
  }

  public void setStatus(ChangeOrderStatus status) {
    this.status = status;
  }

  public DiscountType getDiscountType() {
    return discountType;
  }

  public void setDiscountType(DiscountType discountType) {
    this.discountType = discountType;
  }

  public BigDecimal getDiscountPercentage() {
    return discountPercentage;
  }

  public void setDiscountPercentage(BigDecimal discountPercentage) {
    this.discountPercentage = discountPercentage;
  }

  public BigDecimal getDiscountAmount() {
    return discountAmount;
  }

  public void setDiscountAmount(BigDecimal discountAmount) {
    this.discountAmount = discountAmount;
  }

  public String getDiscountReason() {
    return discountReason;
  }

  public void setDiscountReason(String discountReason) {
    this.discountReason = discountReason;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
  }

  public long getVersion() {
    return version;
  }

  /**
   * The DEFAULT CURRENT_TIMESTAMP of {@code created_at}, which EclipseLink would otherwise
   * overwrite with NULL.
   */
  @PrePersist
  void fillDatabaseDefaults() {
    if (createdAt == null) {
      createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
  }

  public JsonValue getOperations() {
    return operations;
  }

  public void setOperations(JsonValue operations) {
    this.operations = operations;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public void setProposedBy(String proposedBy) {
    this.proposedBy = proposedBy;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public void setDecidedBy(String decidedBy) {
    this.decidedBy = decidedBy;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public void setDecidedAt(OffsetDateTime decidedAt) {
    this.decidedAt = decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public void setDecisionNote(String decisionNote) {
    this.decisionNote = decisionNote;
  }
}
