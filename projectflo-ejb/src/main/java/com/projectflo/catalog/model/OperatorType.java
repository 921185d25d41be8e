package com.projectflo.catalog.model;

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
 * Table {@code operator_types}: a kind of service provider (camera operator, drone...) and its
 * default rate.
 */
@Entity
@Table(name = "operator_types")
public class OperatorType implements CatalogItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "default_hourly_rate", precision = 8, scale = 2)
  private BigDecimal defaultHourlyRate;

  @Column(name = "default_fixed_price", precision = 10, scale = 2)
  private BigDecimal defaultFixedPrice;

  @Convert(converter = PricingType.DbConverter.class)
  @Column(name = "pricing_type", nullable = false)
  private PricingType pricingType = PricingType.HOURLY;

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

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

  public BigDecimal getDefaultHourlyRate() {
    return defaultHourlyRate;
  }

  public void setDefaultHourlyRate(BigDecimal defaultHourlyRate) {
    this.defaultHourlyRate = defaultHourlyRate;
  }

  public BigDecimal getDefaultFixedPrice() {
    return defaultFixedPrice;
  }

  public void setDefaultFixedPrice(BigDecimal defaultFixedPrice) {
    this.defaultFixedPrice = defaultFixedPrice;
  }

  public PricingType getPricingType() {
    return pricingType;
  }

  public void setPricingType(PricingType pricingType) {
    this.pricingType = pricingType;
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
}
