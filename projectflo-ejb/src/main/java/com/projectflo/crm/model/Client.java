package com.projectflo.crm.model;

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
import java.time.OffsetDateTime;

/**
 * Table {@code clients}: a contact who booked: a confirmed customer, possibly converted from an
 * inquiry.
 */
@Entity
@Table(name = "clients")
@NamedQuery(
    name = Client.FIND_WITH_CONTACT,
    query = "SELECT c FROM Client c JOIN FETCH c.contact WHERE c.id = :id")
@NamedQuery(
    name = Client.FIND_BY_CONTACT,
    query = "SELECT c FROM Client c JOIN FETCH c.contact WHERE c.contact.id = :contact")
public class Client {

  public static final String FIND_WITH_CONTACT = "Client.findWithContact";
  public static final String FIND_BY_CONTACT = "Client.findByContact";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contact_id", nullable = false)
  private Contact contact;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "inquiry_id", nullable = true)
  private Inquiry inquiry;

  @Column(name = "archived_at")
  private OffsetDateTime archivedAt;

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

  public Inquiry getInquiry() {
    return inquiry;
  }

  public void setInquiry(Inquiry inquiry) {
    this.inquiry = inquiry;
  }

  public OffsetDateTime getArchivedAt() {
    return archivedAt;
  }

  public void setArchivedAt(OffsetDateTime archivedAt) {
    this.archivedAt = archivedAt;
  }

  public boolean isArchived() {
    return archivedAt != null;
  }

  public long getVersion() {
    return version;
  }
}
