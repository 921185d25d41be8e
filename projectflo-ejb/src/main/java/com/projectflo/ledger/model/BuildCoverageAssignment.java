package com.projectflo.ledger.model;

import com.projectflo.catalog.model.CoverageScene;
import com.projectflo.catalog.model.OperatorType;
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
 * Table {@code build_coverage_assignments}: crew booked on a build: operators of a type covering a
 * scene, at the rate of the day they were added.
 */
@Entity
@Table(name = "build_coverage_assignments")
public class BuildCoverageAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "build_id", nullable = false)
  private Build build;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "coverage_scene_id", nullable = false)
  private CoverageScene coverageScene;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "operator_type_id", nullable = false)
  private OperatorType operatorType;

  @Column(name = "quantity", nullable = false)
  private int quantity = 1;

  @Column(name = "rate_at_time_of_add", precision = 8, scale = 2, nullable = false)
  private BigDecimal rateAtTimeOfAdd;

  @Column(name = "hours", precision = 6, scale = 2)
  private BigDecimal hours;

  public Integer getId() {
    return id;
  }

  public Build getBuild() {
    return build;
  }

  public void setBuild(Build build) {
    this.build = build;
  }

  public CoverageScene getCoverageScene() {
    return coverageScene;
  }

  public void setCoverageScene(CoverageScene coverageScene) {
    this.coverageScene = coverageScene;
  }

  public OperatorType getOperatorType() {
    return operatorType;
  }

  public void setOperatorType(OperatorType operatorType) {
    this.operatorType = operatorType;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public BigDecimal getRateAtTimeOfAdd() {
    return rateAtTimeOfAdd;
  }

  public void setRateAtTimeOfAdd(BigDecimal rateAtTimeOfAdd) {
    this.rateAtTimeOfAdd = rateAtTimeOfAdd;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  /** An unmanaged copy (same id) on {@code copy}, for pricing changes without writing them. */
  BuildCoverageAssignment copyFor(Build copy) {
    BuildCoverageAssignment line = new BuildCoverageAssignment();
    line.id = getId();
    line.build = copy;
    line.coverageScene = getCoverageScene();
    line.operatorType = getOperatorType();
    line.quantity = getQuantity();
    line.rateAtTimeOfAdd = getRateAtTimeOfAdd();
    line.hours = getHours();
    return line;
  }
}
