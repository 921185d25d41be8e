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
import jakarta.persistence.Table;

/**
 * Table {@code component_task_recipes}: a rule generating a task from a task template when a build
 * component matches its deliverable, scene and style (null matches any).
 */
@Entity
@Table(name = "component_task_recipes")
public class ComponentTaskRecipe {

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

  public Integer getId() {
    return id;
  }

  public Deliverable getDeliverable() {
    return deliverable;
  }

  public void setDeliverable(Deliverable deliverable) {
    this.deliverable = deliverable;
  }

  public CoverageScene getCoverageScene() {
    return coverageScene;
  }

  public void setCoverageScene(CoverageScene coverageScene) {
    this.coverageScene = coverageScene;
  }

  public EditingStyle getEditingStyle() {
    return editingStyle;
  }

  public void setEditingStyle(EditingStyle editingStyle) {
    this.editingStyle = editingStyle;
  }

  public TaskTemplate getTaskTemplate() {
    return taskTemplate;
  }

  public void setTaskTemplate(TaskTemplate taskTemplate) {
    this.taskTemplate = taskTemplate;
  }

  public int getPriority() {
    return priority;
  }

  public void setPriority(int priority) {
    this.priority = priority;
  }
}
