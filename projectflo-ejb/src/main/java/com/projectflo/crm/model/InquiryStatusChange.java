package com.projectflo.crm.model;

import com.projectflo.identity.model.Contributor;
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
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Table {@code inquiry_status_changes}: one step of an inquiry through the sales pipeline ({@code
 * fromStatus} null when the inquiry was created).
 */
@Entity
@Table(name = "inquiry_status_changes")
@NamedQuery(
    name = InquiryStatusChange.FIND_BY_INQUIRY,
    query =
        "SELECT s FROM InquiryStatusChange s WHERE s.inquiry.id = :inquiry"
            + " ORDER BY s.changedAt, s.id",
    hints = {
      @QueryHint(name = Inquiry.LEFT_JOIN_FETCH, value = "s.changedBy"),
      @QueryHint(name = Inquiry.LEFT_JOIN_FETCH, value = "s.changedBy.contact")
    })
public class InquiryStatusChange {

  /** The history of one inquiry, oldest first, with who made each change. */
  public static final String FIND_BY_INQUIRY = "InquiryStatusChange.findByInquiry";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "inquiry_id", nullable = false)
  private Inquiry inquiry;

  @Convert(converter = InquiryStatus.DbConverter.class)
  @Column(name = "from_status")
  private InquiryStatus fromStatus;

  @Convert(converter = InquiryStatus.DbConverter.class)
  @Column(name = "to_status", nullable = false)
  private InquiryStatus toStatus;

  @Column(name = "reason")
  private String reason;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "changed_by_contributor_id", nullable = true)
  private Contributor changedBy;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  public Long getId() {
    return id;
  }

  public Inquiry getInquiry() {
    return inquiry;
  }

  public void setInquiry(Inquiry inquiry) {
    this.inquiry = inquiry;
  }

  public InquiryStatus getFromStatus() {
    return fromStatus;
  }

  public void setFromStatus(InquiryStatus fromStatus) {
    this.fromStatus = fromStatus;
  }

  public InquiryStatus getToStatus() {
    return toStatus;
  }

  public void setToStatus(InquiryStatus toStatus) {
    this.toStatus = toStatus;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Contributor getChangedBy() {
    return changedBy;
  }

  public void setChangedBy(Contributor changedBy) {
    this.changedBy = changedBy;
  }

  public OffsetDateTime getChangedAt() {
    return changedAt;
  }

  public void setChangedAt(OffsetDateTime changedAt) {
    this.changedAt = changedAt;
  }

  /** The DEFAULT CURRENT_TIMESTAMP of {@code changed_at}. */
  @PrePersist
  void fillDatabaseDefaults() {
    if (changedAt == null) {
      changedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
  }
}
