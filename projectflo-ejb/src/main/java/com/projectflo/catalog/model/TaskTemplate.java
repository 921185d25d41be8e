package com.projectflo.catalog.model;

import com.projectflo.platform.application.Money;
import com.projectflo.platform.persistence.JsonbConverter;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * Table {@code task_templates}: a reusable task definition with its effort estimate and pricing.
 */
@Entity
@Table(name = "task_templates")
public class TaskTemplate implements CatalogItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "phase")
  private String phase;

  @Column(name = "effort_hours", precision = 8, scale = 2)
  private BigDecimal effortHours;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "effort_calculation_rules")
  private JsonValue effortCalculationRules;

  @Convert(converter = PricingType.DbConverter.class)
  @Column(name = "pricing_type", nullable = false)
  private PricingType pricingType = PricingType.HOURLY;

  @Column(name = "fixed_price", precision = 10, scale = 2)
  private BigDecimal fixedPrice;

  @Column(name = "average_duration_hours", precision = 8, scale = 2)
  private BigDecimal averageDurationHours;

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  @Column(name = "hourly_rate", precision = 8, scale = 2)
  private BigDecimal hourlyRate;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  public Integer getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public BigDecimal getEffortHours() {
    return effortHours;
  }

  public void setEffortHours(BigDecimal effortHours) {
    this.effortHours = effortHours;
  }

  public JsonValue getEffortCalculationRules() {
    return effortCalculationRules;
  }

  public void setEffortCalculationRules(JsonValue effortCalculationRules) {
    this.effortCalculationRules = effortCalculationRules;
  }

  public PricingType getPricingType() {
    return pricingType;
  }

  public void setPricingType(PricingType pricingType) {
    this.pricingType = pricingType;
  }

  public BigDecimal getFixedPrice() {
    return fixedPrice;
  }

  public void setFixedPrice(BigDecimal fixedPrice) {
    this.fixedPrice = fixedPrice;
  }

  public BigDecimal getAverageDurationHours() {
    return averageDurationHours;
  }

  public void setAverageDurationHours(BigDecimal averageDurationHours) {
    this.averageDurationHours = averageDurationHours;
  }

  public long getVersion() {
    return version;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public BigDecimal getHourlyRate() {
    return hourlyRate;
  }

  public void setHourlyRate(BigDecimal hourlyRate) {
    this.hourlyRate = hourlyRate;
  }

  /**
   * The effort of this template for a component of the given length: its effort rules when set,
   * else its effort hours, else 0 (docs/pricing.md).
   */
  public BigDecimal effortFor(BigDecimal targetMinutes) {
    EffortRules rules = EffortRules.parse(effortCalculationRules, "effortCalculationRules");
    if (rules != null) {
      return rules.effortFor(targetMinutes);
    }
    return Money.of(effortHours);
  }

  /** The price of this template's work on a component of the given length (docs/pricing.md). */
  public BigDecimal priceFor(BigDecimal targetMinutes) {
    if (pricingType == PricingType.FIXED) {
      return Money.of(fixedPrice);
    }
    return Money.times(effortFor(targetMinutes), Money.of(hourlyRate));
  }
}
