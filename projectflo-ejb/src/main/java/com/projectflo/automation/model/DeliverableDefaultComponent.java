package com.projectflo.automation.model;

import com.projectflo.catalog.model.CoverageScene;
import com.projectflo.catalog.model.Deliverable;
import com.projectflo.catalog.model.EditingStyle;
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
import java.math.BigDecimal;

/**
 * Table {@code deliverable_default_components}: a standard part of a deliverable: which scene, in
 * which editing style, how long.
 */
@NamedQuery(
    name = DeliverableDefaultComponent.FIND_BY_DELIVERABLE,
    query =
        "SELECT c FROM DeliverableDefaultComponent c WHERE c.deliverable.id = :deliverable"
            + " ORDER BY c.id")
@Entity
@Table(name = "deliverable_default_components")
public class DeliverableDefaultComponent {

  public static final String FIND_BY_DELIVERABLE = "DeliverableDefaultComponent.findByDeliverable";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "deliverable_id", nullable = false)
  private Deliverable deliverable;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "coverage_scene_id", nullable = true)
  private CoverageScene coverageScene;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "default_editing_style_id", nullable = false)
  private EditingStyle defaultEditingStyle;

  @Column(name = "default_target_minutes", precision = 8, scale = 2)
  private BigDecimal defaultTargetMinutes;

  @Column(name = "default_is_included", nullable = false)
  private boolean defaultIncluded = true;

  /** The foreign keys as plain values, read without loading the related rows. */
  @Column(name = "deliverable_id", insertable = false, updatable = false)
  private Integer deliverableId;

  @Column(name = "coverage_scene_id", insertable = false, updatable = false)
  private Integer coverageSceneId;

  @Column(name = "default_editing_style_id", insertable = false, updatable = false)
  private Integer defaultEditingStyleId;

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

  public EditingStyle getDefaultEditingStyle() {
    return defaultEditingStyle;
  }

  public Integer getDefaultEditingStyleId() {
    return defaultEditingStyleId;
  }

  public void setDefaultEditingStyle(EditingStyle defaultEditingStyle) {
    this.defaultEditingStyle = defaultEditingStyle;
    this.defaultEditingStyleId = defaultEditingStyle == null ? null : defaultEditingStyle.getId();
  }

  public BigDecimal getDefaultTargetMinutes() {
    return defaultTargetMinutes;
  }

  public void setDefaultTargetMinutes(BigDecimal defaultTargetMinutes) {
    this.defaultTargetMinutes = defaultTargetMinutes;
  }

  public boolean isDefaultIncluded() {
    return defaultIncluded;
  }

  public void setDefaultIncluded(boolean defaultIncluded) {
    this.defaultIncluded = defaultIncluded;
  }
}
