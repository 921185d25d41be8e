package com.projectflo.execution.model;

import com.projectflo.crm.model.Client;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Table {@code projects}: a booked wedding in production. */
@Entity
@Table(name = "projects")
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "client_id", nullable = false)
  private Client client;

  @Column(name = "project_name")
  private String projectName;

  @Column(name = "wedding_date", nullable = false)
  private LocalDate weddingDate;

  @Column(name = "booking_date")
  private LocalDate bookingDate;

  @Column(name = "edit_start_date")
  private LocalDate editStartDate;

  @Column(name = "phase")
  private String phase;

  @Column(name = "archived_at")
  private OffsetDateTime archivedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  public Integer getId() {
    return id;
  }

  public Client getClient() {
    return client;
  }

  public void setClient(Client client) {
    this.client = client;
  }

  public String getProjectName() {
    return projectName;
  }

  public void setProjectName(String projectName) {
    this.projectName = projectName;
  }

  public LocalDate getWeddingDate() {
    return weddingDate;
  }

  public void setWeddingDate(LocalDate weddingDate) {
    this.weddingDate = weddingDate;
  }

  public LocalDate getBookingDate() {
    return bookingDate;
  }

  public void setBookingDate(LocalDate bookingDate) {
    this.bookingDate = bookingDate;
  }

  public LocalDate getEditStartDate() {
    return editStartDate;
  }

  public void setEditStartDate(LocalDate editStartDate) {
    this.editStartDate = editStartDate;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
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
}
