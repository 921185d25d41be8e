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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * Table {@code client_feedback_surveys}: a satisfaction survey sent to the client of a project, and
 * its answers.
 */
@Entity
@Table(name = "client_feedback_surveys")
@NamedQuery(
    name = ClientFeedbackSurvey.PENDING_OF_PROJECT,
    query =
        "SELECT s.id FROM ClientFeedbackSurvey s WHERE s.projectId = :project"
            + " AND s.responseDate IS NULL")
public class ClientFeedbackSurvey {

  /** The id of a project's survey that awaits an answer (at most one, V9). */
  public static final String PENDING_OF_PROJECT = "ClientFeedbackSurvey.pendingOfProject";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false)
  private Project project;

  @Column(name = "sent_date")
  private LocalDate sentDate;

  @Column(name = "response_date")
  private LocalDate responseDate;

  /** 1 to 10 (CHECK constraint). */
  @Column(name = "satisfaction_rating")
  private Integer satisfactionRating;

  /** 0 to 10 (CHECK constraint). */
  @Column(name = "nps_score")
  private Integer npsScore;

  @Column(name = "feedback_text")
  private String feedbackText;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "sent_by_contributor_id", nullable = true)
  private Contributor sentBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** The foreign keys as plain values, readable without loading the related rows. */
  @Column(name = "project_id", insertable = false, updatable = false)
  private Integer projectId;

  @Column(name = "sent_by_contributor_id", insertable = false, updatable = false)
  private Integer sentById;

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

  public Integer getProjectId() {
    return projectId;
  }

  public LocalDate getSentDate() {
    return sentDate;
  }

  public void setSentDate(LocalDate sentDate) {
    this.sentDate = sentDate;
  }

  public LocalDate getResponseDate() {
    return responseDate;
  }

  public void setResponseDate(LocalDate responseDate) {
    this.responseDate = responseDate;
  }

  public Integer getSatisfactionRating() {
    return satisfactionRating;
  }

  public void setSatisfactionRating(Integer satisfactionRating) {
    this.satisfactionRating = satisfactionRating;
  }

  public Integer getNpsScore() {
    return npsScore;
  }

  public void setNpsScore(Integer npsScore) {
    this.npsScore = npsScore;
  }

  public String getFeedbackText() {
    return feedbackText;
  }

  public void setFeedbackText(String feedbackText) {
    this.feedbackText = feedbackText;
  }

  public long getVersion() {
    return version;
  }

  public Contributor getSentBy() {
    return sentBy;
  }

  public void setSentBy(Contributor sentBy) {
    this.sentBy = sentBy;
    this.sentById = sentBy == null ? null : sentBy.getId();
  }

  public Integer getSentById() {
    return sentById;
  }
}
