package com.projectflo.crm.model;

import com.projectflo.execution.model.Project;
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
 * Table {@code activities}: a scheduled action or follow-up (call, e-mail, meeting, to-do) assigned
 * to a contributor.
 */
@Entity
@Table(name = "activities")
public class Activity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assigned_to_contributor_id", nullable = false)
  private Contributor assignedContributor;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "contact_id", nullable = true)
  private Contact contact;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "inquiry_id", nullable = true)
  private Inquiry inquiry;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "project_id", nullable = true)
  private Project project;

  /** The foreign keys as plain values, read without loading the related rows. */
  @Column(name = "contact_id", insertable = false, updatable = false)
  private Integer contactId;

  @Column(name = "inquiry_id", insertable = false, updatable = false)
  private Integer inquiryId;

  @Column(name = "project_id", insertable = false, updatable = false)
  private Integer projectId;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Convert(converter = ActivityType.DbConverter.class)
  @Column(name = "activity_type", nullable = false)
  private ActivityType activityType;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "notes")
  private String notes;

  @Convert(converter = ActivityStatus.DbConverter.class)
  @Column(name = "status", nullable = false)
  private ActivityStatus status = ActivityStatus.PENDING;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  public Integer getId() {
    return id;
  }

  public Contributor getAssignedContributor() {
    return assignedContributor;
  }

  public void setAssignedContributor(Contributor assignedContributor) {
    this.assignedContributor = assignedContributor;
  }

  public Contact getContact() {
    return contact;
  }

  public void setContact(Contact contact) {
    this.contact = contact;
    this.contactId = contact == null ? null : contact.getId();
  }

  public Integer getContactId() {
    return contactId;
  }

  public Integer getInquiryId() {
    return inquiryId;
  }

  public Integer getProjectId() {
    return projectId;
  }

  public Inquiry getInquiry() {
    return inquiry;
  }

  public void setInquiry(Inquiry inquiry) {
    this.inquiry = inquiry;
    this.inquiryId = inquiry == null ? null : inquiry.getId();
  }

  public Project getProject() {
    return project;
  }

  public void setProject(Project project) {
    this.project = project;
    this.projectId = project == null ? null : project.getId();
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public ActivityType getActivityType() {
    return activityType;
  }

  public void setActivityType(ActivityType activityType) {
    this.activityType = activityType;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public ActivityStatus getStatus() {
    return status;
  }

  public void setStatus(ActivityStatus status) {
    this.status = status;
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

  public OffsetDateTime getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(OffsetDateTime completedAt) {
    this.completedAt = completedAt;
  }

  /** The DEFAULT CURRENT_TIMESTAMP columns, which EclipseLink would otherwise write as NULL. */
  @PrePersist
  void fillDatabaseDefaults() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    if (createdAt == null) {
      createdAt = now;
    }
  }
}
