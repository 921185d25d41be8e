package com.projectflo.automation.model;

import com.projectflo.catalog.model.CoverageScene;
import com.projectflo.catalog.model.Deliverable;
import com.projectflo.catalog.model.EditingStyle;
import com.projectflo.catalog.model.TaskTemplate;
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

/**
 * Table {@code component_task_recipes}: a rule generating a task from a task template when a build
 * component matches its deliverable, scene and style (null matches any).
 */
@NamedQuery(
    name = ComponentTaskRecipe.FIND_ALL_WITH_TEMPLATES,
    query = "SELECT r FROM ComponentTaskRecipe r JOIN FETCH r.taskTemplate ORDER BY r.id")
@Entity
@Table(name = "component_task_recipes")
public class ComponentTaskRecipe {

  public static final String FIND_ALL_WITH_TEMPLATES = "ComponentTaskRecipe.findAllWithTemplates";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "deliverable_id", nullable = true)
  private Deliverable deliverable;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "coverage_scene_id", nullable = true)
  private CoverageScene coverageScene;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "editing_style_id", nullable = true)
  private EditingStyle editingStyle;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_template_id", nullable = false)
  private TaskTemplate taskTemplate;

  @Column(name = "priority", nullable = false)
  private int priority;

  /** The foreign keys as plain values, read without loading the related rows. */
  @Column(name = "deliverable_id", insertable = false, updatable = false)
  private Integer deliverableId;

  @Column(name = "coverage_scene_id", insertable = false, updatable = false)
  private Integer coverageSceneId;

  @Column(name = "editing_style_id", insertable = false, updatable = false)
  private Integer editingStyleId;

  @Column(name = "task_template_id", insertable = false, updatable = false)
  private Integer taskTemplateId;

  public Integer getId() {
    return id;
  }

  public Deliverable getDeliverable() {
    return deliverable;
  }

  public Integer getDeliverableId() {
    return deliverableId;
  }

  public void setDeliverable(Deliverable deliverable) {
    this.deliverable = deliverable;
    this.deliverableId = deliverable == null ? null : deliverable.getId();
  }

  public CoverageScene getCoverageScene() {
    return coverageScene;
  }

  public Integer getCoverageSceneId() {
    return coverageSceneId;
  }

  public void setCoverageScene(CoverageScene coverageScene) {
    this.coverageScene = coverageScene;
    this.coverageSceneId = coverageScene == null ? null : coverageScene.getId();
  }

  public EditingStyle getEditingStyle() {
    return editingStyle;
  }

  public Integer getEditingStyleId() {
    return editingStyleId;
  }

  public void setEditingStyle(EditingStyle editingStyle) {
    this.editingStyle = editingStyle;
    this.editingStyleId = editingStyle == null ? null : editingStyle.getId();
  }

  public TaskTemplate getTaskTemplate() {
    return taskTemplate;
  }

  public Integer getTaskTemplateId() {
    return taskTemplateId;
  }

  public void setTaskTemplate(TaskTemplate taskTemplate) {
    this.taskTemplate = taskTemplate;
    this.taskTemplateId = taskTemplate == null ? null : taskTemplate.getId();
  }

  public int getPriority() {
    return priority;
  }

  public void setPriority(int priority) {
    this.priority = priority;
  }
}
