package com.projectflo.execution.model;

import com.projectflo.catalog.model.TaskTemplate;
import com.projectflo.identity.model.Contributor;
import com.projectflo.ledger.model.BuildComponent;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Table {@code tasks}: a unit of work on a project, generated for a build component from a task
 * template.
 */
@Entity
@Table(name = "tasks")
@NamedQuery(
    name = Task.FIND_WITH_DETAILS,
    query =
        "SELECT t FROM Task t JOIN FETCH t.project JOIN FETCH t.taskTemplate"
            + " LEFT JOIN FETCH t.buildComponent LEFT JOIN FETCH t.assignedContributor a"
            + " LEFT JOIN FETCH a.contact WHERE t.id = :id")
@NamedQuery(
    name = Task.FIND_BY_PROJECT,
    query =
        "SELECT t FROM Task t JOIN FETCH t.project JOIN FETCH t.taskTemplate"
            + " LEFT JOIN FETCH t.buildComponent LEFT JOIN FETCH t.assignedContributor a"
            + " LEFT JOIN FETCH a.contact WHERE t.project.id = :project ORDER BY t.id")
@NamedQuery(
    name = Task.FIND_BY_COMPONENTS,
    query =
        "SELECT t FROM Task t JOIN FETCH t.taskTemplate WHERE t.buildComponent.id IN :components"
            + " ORDER BY t.id")
@NamedQuery(
    name = Task.FIND_OPEN_WITHOUT_COMPONENT,
    query =
        "SELECT t FROM Task t WHERE t.project.id = :project AND t.buildComponent IS NULL"
            + " AND t.status IN :open ORDER BY t.id")
public class Task {

  public static final String FIND_WITH_DETAILS = "Task.findWithDetails";
  public static final String FIND_BY_PROJECT = "Task.findByProject";
  public static final String FIND_BY_COMPONENTS = "Task.findByComponents";
  public static final String FIND_OPEN_WITHOUT_COMPONENT = "Task.findOpenWithoutComponent";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false)
  private Project project;

  /** Null once a change order removed the component: the work done for it stays (V14). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "build_component_id")
  private BuildComponent buildComponent;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_template_id", nullable = false)
  private TaskTemplate taskTemplate;

  @Column(name = "planned_duration_hours", precision = 8, scale = 2)
  private BigDecimal plannedDurationHours;

  @Column(name = "actual_duration_hours", precision = 8, scale = 2)
  private BigDecimal actualDurationHours;

  @Convert(converter = TaskStatus.DbConverter.class)
  @Column(name = "status")
  private TaskStatus status = TaskStatus.TO_DO;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "assigned_to_contributor_id", nullable = true)
  private Contributor assignedContributor;

  @Column(name = "is_client_visible")
  private boolean clientVisible;

  @Column(name = "rate_at_time_of_assignment", precision = 8, scale = 2, nullable = false)
  private BigDecimal rateAtTimeOfAssignment = BigDecimal.ZERO.setScale(2);

  @Column(name = "auto_archived", nullable = false)
  private boolean autoArchived;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  public Integer getId() {
    return id;
  }

  public Project getProject() {
    return project;
  }

  public void setProject(Project project) {
    this.project = project;
  }

  public BuildComponent getBuildComponent() {
    return buildComponent;
  }

  public void setBuildComponent(BuildComponent buildComponent) {
    this.buildComponent = buildComponent;
  }

  public TaskTemplate getTaskTemplate() {
    return taskTemplate;
  }

  public void setTaskTemplate(TaskTemplate taskTemplate) {
    this.taskTemplate = taskTemplate;
  }

  public BigDecimal getPlannedDurationHours() {
    return plannedDurationHours;
  }

  public void setPlannedDurationHours(BigDecimal plannedDurationHours) {
    this.plannedDurationHours = plannedDurationHours;
  }

  public BigDecimal getActualDurationHours() {
    return actualDurationHours;
  }

  public void setActualDurationHours(BigDecimal actualDurationHours) {
    this.actualDurationHours = actualDurationHours;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public void setStatus(TaskStatus status) {
    this.status = status;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public Contributor getAssignedContributor() {
    return assignedContributor;
  }

  public void setAssignedContributor(Contributor assignedContributor) {
    this.assignedContributor = assignedContributor;
  }

  public boolean isClientVisible() {
    return clientVisible;
  }

  public void setClientVisible(boolean clientVisible) {
    this.clientVisible = clientVisible;
  }

  public BigDecimal getRateAtTimeOfAssignment() {
    return rateAtTimeOfAssignment;
  }

  public void setRateAtTimeOfAssignment(BigDecimal rateAtTimeOfAssignment) {
    this.rateAtTimeOfAssignment = rateAtTimeOfAssignment;
  }

  /** Archived by task generation because its component left the build (reopened if it returns). */
  public boolean isAutoArchived() {
    return autoArchived;
  }

  public void setAutoArchived(boolean autoArchived) {
    this.autoArchived = autoArchived;
  }

  /** Not started yet: To-Do or Ready to Start. */
  public boolean isNotStarted() {
    return status == TaskStatus.TO_DO || status == TaskStatus.READY_TO_START;
  }

  public long getVersion() {
    return version;
  }
}
