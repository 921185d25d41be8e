package com.projectflo.crm.model;

import com.projectflo.execution.model.Project;
import com.projectflo.identity.model.Contributor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Table {@code communications_log}: one recorded interaction with a contact, optionally about a
 * project.
 */
@Entity
@Table(name = "communications_log")
public class CommunicationLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "project_id", nullable = true)
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contact_id", nullable = false)
  private Contact contact;

  /** The foreign keys as plain values, read without loading the related rows. */
  @Column(name = "contact_id", insertable = false, updatable = false)
  private Integer contactId;

  @Column(name = "inquiry_id", insertable = false, updatable = false)
  private Integer inquiryId;

  @Column(name = "project_id", insertable = false, updatable = false)
  private Integer projectId;

  @Column(name = "communication_date", nullable = false)
  private OffsetDateTime communicationDate;

  @Column(name = "type")
  private String type;

  @Column(name = "notes")
  private String notes;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "inquiry_id", nullable = true)
  private Inquiry inquiry;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "logged_by_contributor_id", nullable = true)
  private Contributor loggedBy;

  public Integer getId() {
    return id;
  }

  public Project getProject() {
    return project;
  }

  public void setProject(Project project) {
    this.project = project;
    this.projectId = project == null ? null : project.getId();
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

  public OffsetDateTime getCommunicationDate() {
    return communicationDate;
  }

  public void setCommunicationDate(OffsetDateTime communicationDate) {
    this.communicationDate = communicationDate;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Inquiry getInquiry() {
    return inquiry;
  }

  public void setInquiry(Inquiry inquiry) {
    this.inquiry = inquiry;
    this.inquiryId = inquiry == null ? null : inquiry.getId();
  }

  public Contributor getLoggedBy() {
    return loggedBy;
  }

  public void setLoggedBy(Contributor loggedBy) {
    this.loggedBy = loggedBy;
  }

  /**
   * The DEFAULT CURRENT_TIMESTAMP of {@code communication_date}, which EclipseLink would otherwise
   * overwrite with NULL.
   */
  @PrePersist
  void fillDatabaseDefaults() {
    if (communicationDate == null) {
      communicationDate = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
  }
}
