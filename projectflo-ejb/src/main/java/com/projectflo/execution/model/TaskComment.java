package com.projectflo.execution.model;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Table {@code task_comments}: a comment on a task, internal or visible to the client. */
@Entity
@Table(name = "task_comments")
public class TaskComment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id", nullable = false)
  private Task task;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "contributor_id", nullable = true)
  private Contributor contributor;

  @Column(name = "comment_text", nullable = false)
  private String commentText;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Convert(converter = TaskCommentVisibility.DbConverter.class)
  @Column(name = "visibility")
  private TaskCommentVisibility visibility;

  public Integer getId() {
    return id;
  }

  public Task getTask() {
    return task;
  }

  public void setTask(Task task) {
    this.task = task;
  }

  public Contributor getContributor() {
    return contributor;
  }

  public void setContributor(Contributor contributor) {
    this.contributor = contributor;
  }

  public String getCommentText() {
    return commentText;
  }

  public void setCommentText(String commentText) {
    this.commentText = commentText;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
  }

  public TaskCommentVisibility getVisibility() {
    return visibility;
  }

  public void setVisibility(TaskCommentVisibility visibility) {
    this.visibility = visibility;
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
}
