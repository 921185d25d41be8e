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
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Table {@code inquiries}: a lead's first contact about a wedding, tracked through the sales
 * process.
 */
@Entity
@Table(name = "inquiries")
public class Inquiry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contact_id", nullable = false)
  private Contact contact;

  @Column(name = "wedding_date")
  private LocalDate weddingDate;

  @Convert(converter = InquiryStatus.DbConverter.class)
  @Column(name = "status", nullable = false)
  private InquiryStatus status = InquiryStatus.NEW;

  @Column(name = "notes")
  private String notes;

  @Column(name = "venue_details")
  private String venueDetails;

  @Column(name = "follow_up_due_date")
  private LocalDate followUpDueDate;

  @Column(name = "lead_source")
  private String leadSource;

  @Column(name = "lead_source_details")
  private String leadSourceDetails;

  @Column(name = "campaign_id")
  private String campaignId;

  @Column(name = "archived_at")
  private OffsetDateTime archivedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "status_changed_at", nullable = false)
  private OffsetDateTime statusChangedAt;

  @Column(name = "first_contacted_at")
  private OffsetDateTime firstContactedAt;

  @Column(name = "booked_at")
  private OffsetDateTime bookedAt;

  @Column(name = "lost_reason")
  private String lostReason;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "owner_contributor_id", nullable = true)
  private Contributor owner;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  public Integer getId() {
    return id;
  }

  public Contact getContact() {
    return contact;
  }

  public void setContact(Contact contact) {
    this.contact = contact;
  }

  public LocalDate getWeddingDate() {
    return weddingDate;
  }

  public void setWeddingDate(LocalDate weddingDate) {
    this.weddingDate = weddingDate;
  }

  public InquiryStatus getStatus() {
    return status;
  }

  public void setStatus(InquiryStatus status) {
    this.status = status;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getVenueDetails() {
    return venueDetails;
  }

  public void setVenueDetails(String venueDetails) {
    this.venueDetails = venueDetails;
  }

  public LocalDate getFollowUpDueDate() {
    return followUpDueDate;
  }

  public void setFollowUpDueDate(LocalDate followUpDueDate) {
    this.followUpDueDate = followUpDueDate;
  }

  public String getLeadSource() {
    return leadSource;
  }

  public void setLeadSource(String leadSource) {
    this.leadSource = leadSource;
  }

  public String getLeadSourceDetails() {
    return leadSourceDetails;
  }

  public void setLeadSourceDetails(String leadSourceDetails) {
    this.leadSourceDetails = leadSourceDetails;
  }

  public String getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(String campaignId) {
    this.campaignId = campaignId;
  }

  public OffsetDateTime getArchivedAt() {
    return archivedAt;
  }

  public void setArchivedAt(OffsetDateTime archivedAt) {
    this.archivedAt = archivedAt;
  }

  public long getVersion() {
    return version;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
  }

  public OffsetDateTime getStatusChangedAt() {
    return statusChangedAt;
  }

  public void setStatusChangedAt(OffsetDateTime statusChangedAt) {
    this.statusChangedAt = statusChangedAt;
  }

  public OffsetDateTime getFirstContactedAt() {
    return firstContactedAt;
  }

  public void setFirstContactedAt(OffsetDateTime firstContactedAt) {
    this.firstContactedAt = firstContactedAt;
  }

  public OffsetDateTime getBookedAt() {
    return bookedAt;
  }

  public void setBookedAt(OffsetDateTime bookedAt) {
    this.bookedAt = bookedAt;
  }

  public String getLostReason() {
    return lostReason;
  }

  public void setLostReason(String lostReason) {
    this.lostReason = lostReason;
  }

  public Contributor getOwner() {
    return owner;
  }

  public void setOwner(Contributor owner) {
    this.owner = owner;
  }

  /** The DEFAULT CURRENT_TIMESTAMP columns, which EclipseLink would otherwise write as NULL. */
  @PrePersist
  void fillDatabaseDefaults() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    if (createdAt == null) {
      createdAt = now;
    }
    if (statusChangedAt == null) {
      statusChangedAt = now;
    }
  }
}
