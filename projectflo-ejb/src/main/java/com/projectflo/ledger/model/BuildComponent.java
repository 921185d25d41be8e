package com.projectflo.ledger.model;

import com.projectflo.catalog.model.CoverageScene;
import com.projectflo.catalog.model.EditingStyle;
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
 * Table {@code build_components}: a component of a build deliverable: a scene edited in a style,
 * with its length and price.
 */
@Entity
@Table(name = "build_components")
public class BuildComponent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "build_deliverable_id", nullable = false)
  private BuildDeliverable buildDeliverable;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "coverage_scene_id", nullable = false)
  private CoverageScene coverageScene;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "editing_style_id", nullable = false)
  private EditingStyle editingStyle;

  @Column(name = "target_minutes", precision = 8, scale = 2)
  private BigDecimal targetMinutes;

  @Column(name = "is_included")
  private boolean included = true;

  @Column(name = "calculated_price", precision = 10, scale = 2)
  private BigDecimal calculatedPrice;

  public Integer getId() {
    return id;
  }

  public BuildDeliverable getBuildDeliverable() {
    return buildDeliverable;
  }

  public void setBuildDeliverable(BuildDeliverable buildDeliverable) {
    this.buildDeliverable = buildDeliverable;
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

  public BigDecimal getTargetMinutes() {
    return targetMinutes;
  }

  public void setTargetMinutes(BigDecimal targetMinutes) {
    this.targetMinutes = targetMinutes;
  }

  public boolean isIncluded() {
    return included;
  }

  public void setIncluded(boolean included) {
    this.included = included;
  }

  public BigDecimal getCalculatedPrice() {
    return calculatedPrice;
  }

  public void setCalculatedPrice(BigDecimal calculatedPrice) {
    this.calculatedPrice = calculatedPrice;
  }

  /** An unmanaged copy (same id) in {@code copy}. */
  BuildComponent copyFor(BuildDeliverable copy) {
    BuildComponent component = new BuildComponent();
    component.id = getId();
    component.buildDeliverable = copy;
    component.coverageScene = getCoverageScene();
    component.editingStyle = getEditingStyle();
    component.targetMinutes = getTargetMinutes();
    component.included = isIncluded();
    component.calculatedPrice = getCalculatedPrice();
    return component;
  }
}
