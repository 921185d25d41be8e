package com.projectflo.crm.model;

import com.projectflo.audit.model.Notification;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Table {@code reminder_deliveries}: a reminder sent on one day about one subject (an inquiry's
 * follow-up, an activity) to one contributor; its unique key keeps a second run from repeating it.
 */
@Entity
@Table(name = "reminder_deliveries")
public class ReminderDelivery {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "reminder_date", nullable = false)
  private LocalDate reminderDate;

  @Column(name = "kind", nullable = false, length = 50)
  private String kind;

  @Column(name = "subject_id", nullable = false)
  private Integer subjectId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_contributor_id", nullable = false)
  private Contributor recipient;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "notification_id", nullable = true)
  private Notification notification;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  public Long getId() {
    return id;
  }

  public LocalDate getReminderDate() {
    return reminderDate;
  }

  public void setReminderDate(LocalDate reminderDate) {
    this.reminderDate = reminderDate;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public Integer getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(Integer subjectId) {
    this.subjectId = subjectId;
  }

  public Contributor getRecipient() {
    return recipient;
  }

  public void setRecipient(Contributor recipient) {
    this.recipient = recipient;
  }

  public Notification getNotification() {
    return notification;
  }

  public void setNotification(Notification notification) {
    this.notification = notification;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
  }

  /** The DEFAULT CURRENT_TIMESTAMP of {@code created_at}. */
  @PrePersist
  void fillDatabaseDefaults() {
    if (createdAt == null) {
      createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
  }
}
