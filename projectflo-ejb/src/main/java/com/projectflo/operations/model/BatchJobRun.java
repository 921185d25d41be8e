package com.projectflo.operations.model;

import com.projectflo.platform.persistence.JsonbConverter;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Table {@code batch_job_runs}: a job execution started or restarted through the application, with
 * who asked and the parameters. Status and progress live in Liberty's job repository.
 */
@Entity
@Table(name = "batch_job_runs")
@NamedQuery(
    name = BatchJobRun.FIND_PAGE,
    query = "SELECT r FROM BatchJobRun r WHERE r.executionId < :before ORDER BY r.executionId DESC")
@NamedQuery(
    name = BatchJobRun.FIND_PAGE_OF_JOB,
    query =
        "SELECT r FROM BatchJobRun r WHERE r.jobName = :job AND r.executionId < :before"
            + " ORDER BY r.executionId DESC")
public class BatchJobRun {

  public static final String FIND_PAGE = "BatchJobRun.findPage";
  public static final String FIND_PAGE_OF_JOB = "BatchJobRun.findPageOfJob";

  @Id
  @Column(name = "execution_id")
  private Long executionId;

  @Column(name = "instance_id", nullable = false)
  private Long instanceId;

  @Column(name = "job_name", nullable = false, length = 100)
  private String jobName;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "parameters", nullable = false)
  private JsonValue parameters;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "restart_of_execution_id")
  private Long restartOfExecutionId;

  public Long getExecutionId() {
    return executionId;
  }

  public void setExecutionId(Long executionId) {
    this.executionId = executionId;
  }

  public Long getInstanceId() {
    return instanceId;
  }

  public void setInstanceId(Long instanceId) {
    this.instanceId = instanceId;
  }

  public String getJobName() {
    return jobName;
  }

  public void setJobName(String jobName) {
    this.jobName = jobName;
  }

  public JsonValue getParameters() {
    return parameters;
  }

  public void setParameters(JsonValue parameters) {
    this.parameters = parameters;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public void setRequestedBy(String requestedBy) {
    this.requestedBy = requestedBy;
  }

  public OffsetDateTime getRequestedAt() {
    return requestedAt;
  }

  public void setRequestedAt(OffsetDateTime requestedAt) {
    this.requestedAt = requestedAt;
  }

  public Long getRestartOfExecutionId() {
    return restartOfExecutionId;
  }

  public void setRestartOfExecutionId(Long restartOfExecutionId) {
    this.restartOfExecutionId = restartOfExecutionId;
  }
}
