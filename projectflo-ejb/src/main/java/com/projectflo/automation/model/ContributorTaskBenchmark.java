package com.projectflo.automation.model;

import com.projectflo.catalog.model.TaskTemplate;
import com.projectflo.identity.model.Contributor;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Table {@code contributor_task_benchmarks}: how many hours a contributor takes on tasks of a
 * template (default and measured average).
 */
@Entity
@Table(name = "contributor_task_benchmarks")
public class ContributorTaskBenchmark {

  @EmbeddedId private Key id = new Key();

  @MapsId("contributorId")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contributor_id", nullable = false)
  private Contributor contributor;

  @MapsId("taskTemplateId")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_template_id", nullable = false)
  private TaskTemplate taskTemplate;

  @Column(name = "contributor_default_hours", precision = 8, scale = 2)
  private BigDecimal contributorDefaultHours;

  @Column(name = "contributor_average_hours", precision = 8, scale = 2)
  private BigDecimal contributorAverageHours;

  public Key getId() {
    return id;
  }

  public Contributor getContributor() {
    return contributor;
  }

  public void setContributor(Contributor contributor) {
    this.contributor = contributor;
  }

  public TaskTemplate getTaskTemplate() {
    return taskTemplate;
  }

  public void setTaskTemplate(TaskTemplate taskTemplate) {
    this.taskTemplate = taskTemplate;
  }

  public BigDecimal getContributorDefaultHours() {
    return contributorDefaultHours;
  }

  public void setContributorDefaultHours(BigDecimal contributorDefaultHours) {
    this.contributorDefaultHours = contributorDefaultHours;
  }

  public BigDecimal getContributorAverageHours() {
    return contributorAverageHours;
  }

  public void setContributorAverageHours(BigDecimal contributorAverageHours) {
    this.contributorAverageHours = contributorAverageHours;
  }

  /**
   * The composite primary key (contributor_id, task_template_id), filled from the relations by
   * {@code @MapsId}.
   */
  @Embeddable
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "contributor_id")
    private Integer contributorId;

    @Column(name = "task_template_id")
    private Integer taskTemplateId;

    public Key() {}

    public Key(Integer contributorId, Integer taskTemplateId) {
      this.contributorId = contributorId;
      this.taskTemplateId = taskTemplateId;
    }

    public Integer getContributorId() {
      return contributorId;
    }

    public Integer getTaskTemplateId() {
      return taskTemplateId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(contributorId, key.contributorId)
          && Objects.equals(taskTemplateId, key.taskTemplateId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(contributorId, taskTemplateId);
    }

    @Override
    public String toString() {
      return "(" + contributorId + ", " + taskTemplateId + ")";
    }
  }
}
