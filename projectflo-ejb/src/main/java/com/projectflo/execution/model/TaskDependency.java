package com.projectflo.execution.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code task_dependencies}: a task that cannot start before another one is done. */
@Entity
@Table(name = "task_dependencies")
public class TaskDependency {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "blocking_task_id", nullable = false)
  private Task blockingTask;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dependent_task_id", nullable = false)
  private Task dependentTask;

  public Integer getId() {
    return id;
  }

  public Task getBlockingTask() {
    return blockingTask;
  }

  public void setBlockingTask(Task blockingTask) {
    this.blockingTask = blockingTask;
  }

  public Task getDependentTask() {
    return dependentTask;
  }

  public void setDependentTask(Task dependentTask) {
    this.dependentTask = dependentTask;
  }
}
