package com.projectflo.execution.model;

import com.projectflo.catalog.model.TaskTemplate;
import com.projectflo.identity.model.Contributor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * Table {@code contributor_skill_rates}: the rate a contributor charges for tasks of a template.
 */
@Entity
@Table(name = "contributor_skill_rates")
public class ContributorSkillRate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contributor_id", nullable = false)
  private Contributor contributor;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_template_id", nullable = false)
  private TaskTemplate taskTemplate;

  @Column(name = "rate", precision = 8, scale = 2, nullable = false)
  private BigDecimal rate;

  public Integer getId() {
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

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(BigDecimal rate) {
    this.rate = rate;
  }
}
